// citeq's BibLaTeX, RIS and CSL-JSON of one input, read by the programs
// people read them with, against the input's own columns:
// - Better BibTeX's parser (@retorquere/bibtex-parser) reads the BibLaTeX
//   with no error;
// - citation-js (@citation-js/plugin-ris) reads the RIS;
// - ajv finds the CSL-JSON valid against the CSL-JSON schema, and
//   citeproc-js renders every item with the APA style;
// - each reads every reference, and every DOI, ISBN, ISSN, volume, issue,
//   page range, URL, keyword and number of authors and editors of the input
//   is in what it read.
//   node consumers.mjs INPUT.csv REFS.bib REFS.ris REFS.json NAME SCHEMA STYLE LOCALES
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseBib } from '@retorquere/bibtex-parser';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { references, samePages, Report } from './columns.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const CSL = require('citeproc');

const [input, bibPath, risPath, cslPath, name, schemaPath, stylePath,
	localeDir] = process.argv.slice(2);
const r = new Report(name);
const refs = references(input);
const read = {};
const unread = { editors: 0, issue: 0 };

// One reference as a format holds it, against what the input says.
// got: { doi, url, isbn (string), volume, issue, pages, keywords (string),
// authors, editors }; the format's name says which fields it has.
const kinds = ['doi', 'isbn', 'issn', 'volume', 'pages'];
const total = Object.fromEntries(kinds.map(k => [k, 0]));
for (const w of refs) {
	total.doi += w.doi !== '';
	total.isbn += w.isbn.good.length;
	total.issn += w.issn.good.length;
	total.volume += w.volume !== '';
	total.pages += w.pages !== '';
}
const found = {};
function compare(fmt, want, got, at, { editors = true, keywords = true, issue = true } = {}) {
	// the identifiers as words: an ISBN-10 may be part of its ISBN-13
	const idText = String(got.ids ?? '');
	const ids = { includes: id => idText.split(/[\s,;]+/)
		.some(t => t.replace(/\.$/, '') === id) };
	const n = found[fmt] ??= Object.fromEntries(kinds.map(k => [k, 0]));
	if (want.doi !== '') {
		r.check(got.doi === want.doi, `${fmt}: DOI`, `${at}: '${got.doi}', want '${want.doi}'`) &&
			n.doi++;
	}
	if (want.url !== '')
		r.check(got.url === want.url, `${fmt}: URL`, `${at}: '${got.url}', want '${want.url}'`);
	for (const isbn of want.isbn.good)
		r.check(ids.includes(isbn), `${fmt}: ISBN`, `${at}: ${isbn} not in '${idText}'`) &&
			n.isbn++;
	for (const issn of want.issn.good)
		r.check(ids.includes(issn), `${fmt}: ISSN`, `${at}: ${issn} not in '${idText}'`) &&
			n.issn++;
	if (want.volume !== '')
		r.check(got.volume === want.volume, `${fmt}: volume`,
			`${at}: '${got.volume}', want '${want.volume}'`) && n.volume++;
	if (want.issue !== '' && issue)
		r.check(got.issue === want.issue, `${fmt}: issue`,
			`${at}: '${got.issue}', want '${want.issue}'`);
	if (want.pages !== '')
		r.check(samePages(want.pages, got.pages), `${fmt}: pages`,
			`${at}: '${got.pages}', want '${want.pages}'`) && n.pages++;
	// Runs of blanks are one (TeX reads them so); a list of keywords
	// has each, a string (citation-js's, CSL's) holds each.
	const blanks = s => String(s ?? '').replace(/\s+/g, ' ').trim();
	if (keywords)
		for (const k of want.keywords.map(keywords === true ? x => x : keywords))
			r.check(Array.isArray(got.keywords) ?
				got.keywords.some(g => blanks(g) === blanks(k)) :
				blanks(got.keywords).includes(blanks(k)),
			`${fmt}: keyword`, `${at}: '${k}' not in ${JSON.stringify(got.keywords)}`);
	r.check(got.authors === want.authors, `${fmt}: number of authors`,
		`${at}: ${got.authors}, want ${want.authors}`);
	if (editors)
		r.check(got.editors === want.editors, `${fmt}: number of editors`,
			`${at}: ${got.editors}, want ${want.editors}`);
}

// ---- BibLaTeX: Better BibTeX's parser ----
{
	const lib = parseBib(fs.readFileSync(bibPath, 'utf8'));
	for (const e of lib.errors)
		r.fail('bibtex-parser: error', JSON.stringify(e).slice(0, 300));
	read.bib = lib.entries.length;
	r.check(lib.entries.length === refs.length, 'bibtex-parser: entries',
		`${lib.entries.length}, the input has ${refs.length} references`);
	lib.entries.forEach((e, i) => {
		const want = refs[i], f = e.fields;
		if (want === undefined)
			return;
		// What does not fit biblatex's data model for the type is in
		// the note ("Volume: 71 B. ISBN: ..."); keywords are a list.
		const note = f.note ?? '';
		const noted = label => {
			const m = new RegExp(`(?:^|\\. )${label}: (.*?)(?:\\.(?: |$)|$)`).exec(note);
			return m ? m[1] : undefined;
		};
		compare('BibLaTeX', want, {
			doi: f.doi, url: f.url,
			ids: [f.isbn, f.issn, note].join(' '),
			volume: f.volume ?? noted('Volume'),
			issue: f.number ?? noted('Issue'),
			pages: f.pages ?? noted('Pages'),
			keywords: f.keywords ?? [],
			authors: (f.author ?? []).length,
			editors: (f.editor ?? []).length,
		}, `row ${want.row} (${e.key})`, {
			// biblatex's keywords are a comma-separated list: a
			// comma in a keyword is a blank there
			keywords: k => k.replace(/\s*,\s*/g, ' '),
		});
	});
}

// ---- RIS: citation-js ----
{
	let items = [];
	try {
		items = plugins.input.chain(fs.readFileSync(risPath, 'utf8'),
			{ forceType: '@ris/file', generateGraph: false });
	} catch (e) {
		r.fail('citation-js: error', e.message);
	}
	read.ris = items.length;
	r.check(items.length === refs.length, 'citation-js: entries',
		`${items.length}, the input has ${refs.length} references`);

	const flat = v => (Array.isArray(v) ? v.join(' ') : v ?? '');
	items.forEach((it, i) => {
		const want = refs[i];
		if (want === undefined)
			return;
		// What the RIS specification gives no tag for in the type,
		// citation-js does not read: the editors of a journal,
		// newspaper or magazine article or a web page (citeq writes
		// them as Zotero does, A2), and the issue of anything but a
		// journal article (citeq writes IS, as Zotero does, where the
		// specification has M1 or C2).
		const editors = ['book', 'chapter', 'paper-conference'].includes(it.type);
		const issue = it.type === 'article-journal';
		if (!editors && want.editors > 0)
			unread.editors += want.editors;
		if (!issue && want.issue !== '')
			unread.issue++;
		compare('RIS', want, {
			doi: it.DOI, url: it.URL,
			ids: `${flat(it.ISBN)} ${flat(it.ISSN)}`,
			volume: it.volume, issue: it.issue, pages: it.page,
			keywords: flat(it.keyword),
			// the RIS specification's AU of a newspaper article
			// is its reporter
			authors: [].concat(it.author ?? it.reporter ?? []).length,
			editors: (it.editor ?? []).length,
		}, `row ${want.row} (${it.type}: ${String(it.title).slice(0, 40)})`,
		{ editors, issue });
	});
}

// ---- CSL-JSON: the schema, then citeproc-js with APA ----
{
	const items = JSON.parse(fs.readFileSync(cslPath, 'utf8'));
	const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
	const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
	if (!validate(items))
		for (const e of validate.errors)
			r.fail('CSL-JSON schema', `${e.instancePath} ${e.message}`);
	read.csl = items.length;
	r.check(items.length === refs.length, 'CSL-JSON: items',
		`${items.length}, the input has ${refs.length} references`);
	items.forEach((it, i) => {
		const want = refs[i];
		if (want === undefined)
			return;
		compare('CSL-JSON', want, {
			doi: it.DOI, url: it.URL,
			ids: `${it.ISBN ?? ''} ${it.ISSN ?? ''}`,
			volume: it.volume, issue: it.issue, pages: it.page,
			keywords: it.keyword,
			authors: (it.author ?? []).length,
			editors: (it.editor ?? []).length,
		}, `row ${want.row} (${it.id})`);
	});

	const byId = new Map(items.map(it => [String(it.id), it]));
	r.check(byId.size === items.length, 'CSL-JSON: ids not unique',
		`${byId.size} ids for ${items.length} items`);
	const engine = new CSL.Engine({
		retrieveLocale: lang => {
			try {
				return fs.readFileSync(`${localeDir}/locales-${lang}.xml`, 'utf8');
			} catch {
				return undefined;
			}
		},
		retrieveItem: id => byId.get(String(id)),
	}, fs.readFileSync(stylePath, 'utf8'), 'en-US');
	engine.updateItems([...byId.keys()]);
	const [meta, entries] = engine.makeBibliography();
	read.apa = entries.length;
	r.check(entries.length === items.length, 'citeproc-js: entries',
		`${entries.length} of ${items.length}`);
	r.check(meta.bibliography_errors.length === 0, 'citeproc-js: errors',
		JSON.stringify(meta.bibliography_errors).slice(0, 300));
	// APA gives each DOI as https://doi.org/DOI (HTML-escaped).
	const html = entries.join('\n');
	const esc = s => s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
	for (const it of items)
		if (it.DOI)
			r.check(html.includes(esc(`https://doi.org/${it.DOI}`)),
				'citeproc-js: DOI not in the bibliography', it.DOI);
}

console.log(`${name}: ${refs.length} references; read back: bibtex-parser ${read.bib}, ` +
	`citation-js ${read.ris}, CSL-JSON ${read.csl} (schema ${r.told.has('CSL-JSON schema') ? 'INVALID' : 'valid'}), ` +
	`citeproc-js APA ${read.apa}`);
console.log(`  not read by citation-js, their RIS type having no tag for them: ` +
	`${unread.editors} editors, ${unread.issue} issues`);
for (const [fmt, n] of Object.entries(found))
	console.log(`  ${fmt}: ` + kinds.map(k => `${n[k]} of ${total[k]} ${k}`).join(', '));
process.exit(r.failed ? 1 : 0);
