// What an input's own columns say each reference holds, read with
// csv-parse, not with citeq: the references in order (rows that are not
// facts and have a title or an author), and for each its URL, DOI, ISBNs,
// ISSNs, volume, issue, pages, keywords and how many authors and editors.
// The column names are those of the files themselves (citeq's own header,
// Zotero's, Scopus's, the scraped list's), written here by hand.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

const names = {
	author: ['author', 'Author', 'Authors'],
	editor: ['Editor', 'Editors'],
	title: ['title', 'Title'],
	kind: ['kind'],
	url: ['url', 'Url', 'Link'],
	doi: ['DOI'],
	isbn: ['ISBN'],
	issn: ['ISSN'],
	volume: ['Volume'],
	issue: ['Issue'],
	pages: ['Pages'],
	pageStart: ['Page start'],
	pageEnd: ['Page end'],
	keywords: ['Manual Tags', 'Automatic Tags', 'Author Keywords',
		'Index Keywords'],
};

// "Family, Given; Family, Given" or "Family I.; Family I.": one name an
// item, blanks and trailing commas aside.
export function people(s) {
	return s.split(';').map(p => p.trim().replace(/[\s,]+$/, ''))
		.filter(p => p !== '');
}

// Without a resolver prefix, as biblatex, CSL and RIS want a DOI: doi:,
// https://doi.org/, and a mistyped one ending in doi.org/ ("http:s//...").
export function bareDoi(s) {
	return s.trim().replace(/^doi:\s*/i, '').replace(/^\S*doi\.org\/(?=10\.)/i, '');
}

// The check digit of an ISBN-10, ISBN-13 or ISSN (digits, X last).
function checkDigitRight(d, issn) {
	const v = [...d].map(c => (c === 'X' ? 10 : Number(c)));
	if (v.slice(0, -1).includes(10) || (d.length === 13 && v[12] === 10))
		return false;
	if (issn)
		return d.length === 8 &&
			v.reduce((s, x, i) => s + x * (8 - i), 0) % 11 === 0;
	if (d.length === 10)
		return v.reduce((s, x, i) => s + x * (10 - i), 0) % 11 === 0;
	if (d.length === 13)
		return v.reduce((s, x, i) => s + x * (i % 2 ? 3 : 1), 0) % 10 === 0;
	return false;
}

// The identifiers written in a field ("978-0-415-31830-3 978-0-203-...",
// "10 : 1412913136  13 : 978-1412913133"), hyphens off: those whose check
// digit is right (an ISSN as 1234-567X), and the others apart.
export function identifiers(s, issn) {
	const good = [], bad = [];
	for (const t of s.match(/[0-9Xx][0-9Xx-]*/g) || []) {
		const d = t.replace(/-/g, '').toUpperCase();
		if (d.length !== (issn ? 8 : 10) && (issn || d.length !== 13))
			continue;
		const id = issn ? `${d.slice(0, 4)}-${d.slice(4)}` : d;
		(checkDigitRight(d, issn) ? good : bad).push(id);
	}
	return { good, bad };
}

// The pages as written ("123-130", "46 p.", "e0292323"), or Scopus's Page
// start and Page end joined by a hyphen.
export function samePages(want, got) {
	// An en dash or BibTeX's "--" is the hyphen of a range.
	const norm = s => String(s).trim().replace(/\s*(?:--|–)\s*/g, '-');
	return got !== undefined && got !== null && norm(got) === norm(want);
}

function column(header, role) {
	return names[role].filter(n => header.includes(n));
}

// The references of a CSV file, in order.
export function references(path) {
	const rows = parse(fs.readFileSync(path), {
		bom: true, columns: false, relax_column_count: true,
	});
	const header = rows.shift();
	const at = n => header.indexOf(n);
	const get = (row, role) => column(header, role)
		.map(n => row[at(n)] ?? '').find(v => v !== '') ?? '';
	const refs = [];
	rows.forEach((row, i) => {
		if (get(row, 'kind') === 'fact' ||
		    (get(row, 'title') === '' && get(row, 'author') === ''))
			return;
		let pages = get(row, 'pages').trim();
		if (pages === '' && get(row, 'pageStart') !== '')
			pages = [get(row, 'pageStart'), get(row, 'pageEnd')]
				.filter(p => p !== '').join('-');
		const keywords = [];
		for (const n of column(header, 'keywords'))
			for (const k of (row[at(n)] ?? '').split(';')) {
				const t = k.trim();
				if (t !== '' && !keywords.includes(t))
					keywords.push(t);
			}
		refs.push({
			row: i + 1,	// the data row, header aside
			title: get(row, 'title'),
			authors: people(get(row, 'author')).length,
			editors: people(get(row, 'editor')).length,
			url: get(row, 'url'),
			doi: bareDoi(get(row, 'doi')),
			isbn: identifiers(get(row, 'isbn'), false),
			issn: identifiers(get(row, 'issn'), true),
			volume: get(row, 'volume').trim(),
			issue: get(row, 'issue').trim(),
			pages,
			keywords,
		});
	});
	return refs;
}

// Failures, told at most a few times each.
export class Report {
	constructor(name) {
		this.name = name;
		this.failed = 0;
		this.told = new Map();
	}
	fail(what, detail) {
		this.failed++;
		const n = (this.told.get(what) ?? 0) + 1;
		this.told.set(what, n);
		if (n <= 5)
			console.log(`FAIL: ${this.name}: ${what}${detail ? `: ${detail}` : ''}`);
		else if (n === 6)
			console.log(`FAIL: ${this.name}: ${what}: ...`);
	}
	check(ok, what, detail) {
		if (!ok)
			this.fail(what, detail);
		return ok;
	}
}
