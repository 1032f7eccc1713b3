// The .bbl that biber wrote from citeq's BibLaTeX, against the input's own
// columns: an entry for every reference, in the order of the .bib, each
// with its URL (biber's urlraw) and DOI byte for byte, and as many author
// and editor names as the input lists.
//   node bbl.mjs INPUT.csv REFS.bib DOC.bbl NAME
import fs from 'node:fs';
import { references, Report } from './columns.mjs';

const [input, bibPath, bblPath, name] = process.argv.slice(2);
const r = new Report(name);
const refs = references(input);
const keys = [...fs.readFileSync(bibPath, 'utf8')
	.matchAll(/^@\w+\{([^,\s]+),$/gm)].map(m => m[1]);

// Each \entry{key}{type}{...} ... \endentry of the .bbl.
const entries = new Map();
for (const m of fs.readFileSync(bblPath, 'utf8')
	.matchAll(/^ *\\entry\{([^}]*)\}\{[^}]*\}\{[^}]*\}\n([\s\S]*?)^ *\\endentry$/gm)) {
	const body = m[2];
	const verb = f => {
		const v = new RegExp(`^ *\\\\verb\\{${f}\\}\\n *\\\\verb (.*)\\n *\\\\endverb$`, 'm')
			.exec(body);
		return v ? v[1] : undefined;
	};
	const count = f => {
		const v = new RegExp(`^ *\\\\name\\{${f}\\}\\{(\\d+)\\}`, 'm').exec(body);
		return v ? Number(v[1]) : 0;
	};
	entries.set(m[1], {
		url: verb('url'), urlraw: verb('urlraw'), doi: verb('doi'),
		authors: count('author'), editors: count('editor'),
	});
}

// A URL as biber writes it to url (urlraw keeps it as given): the bytes a
// URI cannot hold as they are (blanks, other scripts) percent-encoded.
function uriEscaped(s) {
	return [...Buffer.from(s, 'utf8')].map(b => {
		const c = String.fromCharCode(b);
		return /[A-Za-z0-9\-_.!~*'();/?:@&=+$,[\]#%]/.test(c) ? c :
			`%${b.toString(16).toUpperCase().padStart(2, '0')}`;
	}).join('');
}

r.check(keys.length === refs.length, 'entries in the .bib',
	`${keys.length}, the input has ${refs.length} references`);
r.check(entries.size === keys.length, 'entries in the .bbl',
	`${entries.size} of ${keys.length}`);
let urls = 0, dois = 0, names = 0;
keys.forEach((key, i) => {
	const want = refs[i], got = entries.get(key);
	if (want === undefined || got === undefined)
		return;
	const at = `row ${want.row} (${key})`;
	if (want.url !== '') {
		urls += r.check(got.urlraw === want.url, 'URL not byte for byte',
			`${at}: '${got.urlraw}', want '${want.url}'`);
		r.check(got.url === want.url || got.url === uriEscaped(want.url),
			'URL not the URL', `${at}: '${got.url}'`);
	} else {
		r.check(got.url === undefined, 'a URL the input lacks', `${at}: ${got.url}`);
	}
	if (want.doi !== '') {
		dois += r.check(got.doi === want.doi, 'DOI not byte for byte',
			`${at}: '${got.doi}', want '${want.doi}'`);
	} else {
		r.check(got.doi === undefined, 'a DOI the input lacks', `${at}: ${got.doi}`);
	}
	if (r.check(got.authors === want.authors, 'number of authors',
		`${at}: ${got.authors}, want ${want.authors}`))
		names += got.authors;
	if (r.check(got.editors === want.editors, 'number of editors',
		`${at}: ${got.editors}, want ${want.editors}`))
		names += got.editors;
});
const wantUrls = refs.filter(w => w.url !== '').length;
const wantDois = refs.filter(w => w.doi !== '').length;
console.log(`${name}: biber's .bbl holds ${entries.size} of ${refs.length} references; ` +
	`byte for byte ${urls} of ${wantUrls} URLs and ${dois} of ${wantDois} DOIs; ` +
	`${names} names in entries with the input's number of names`);
process.exit(r.failed ? 1 : 0);
