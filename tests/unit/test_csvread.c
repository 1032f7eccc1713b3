#include "helpers.h"

#include <fcntl.h>
#include <unistd.h>

#include "csvread.h"
#include "csvsplit.h"

/* Reads all of text; returns the records as "f1|f2|...@line" lines. */
static char *
dump(struct csvr *r, enum csvr_status *last)
{
	static char out[1 << 16];
	struct record row;
	enum csvr_status st;
	size_t i, len = 0;

	out[0] = '\0';
	while ((st = csvr_next(r, &row)) == CSVR_ROW) {
		for (i = 0; i < row.n; i++)
			len += (size_t)snprintf(out + len, sizeof out - len,
			    "%s%s", i ? "|" : "", row.f[i].s);
		len += (size_t)snprintf(out + len, sizeof out - len, "@%lu\n",
		    row.line);
	}
	*last = st;
	return out;
}

static char *
read_mem(const char *text, enum csvr_status *last)
{
	struct csvr *r = csvr_open_mem(text, strlen(text), "t.csv");
	char *s = dump(r, last);

	csvr_close(r);
	return s;
}

/* The same with the delimiter set (0: found from the text). */
static char *
read_mem_delim(const char *text, char delim, enum csvr_status *last)
{
	struct csvr *r = csvr_open_mem(text, strlen(text), "t.csv");
	char *s;

	csvr_set_delim(r, delim);
	s = dump(r, last);
	csvr_close(r);
	return s;
}

static void
expect_delim(const char *text, char delim, const char *want)
{
	enum csvr_status st;

	assert_string_equal(read_mem_delim(text, delim, &st), want);
	assert_int_equal(st, CSVR_EOF);
}

static void
expect(const char *text, const char *want)
{
	enum csvr_status st;

	assert_string_equal(read_mem(text, &st), want);
	assert_int_equal(st, CSVR_EOF);
}

static void
test_plain(void **state)
{
	(void)state;
	expect("a,b\n1,2\n", "a|b@1\n1|2@2\n");
	expect("a,b\n1,2", "a|b@1\n1|2@2\n");	/* no final newline */
	expect("", "");
}

static void
test_quotes(void **state)
{
	(void)state;
	expect("\"a,b\",\"say \"\"hi\"\"\"\n", "a,b|say \"hi\"@1\n");
	expect("\"\",x\n", "|x@1\n");
}

static void
test_embedded_newlines(void **state)
{
	(void)state;
	/* The record after a two-line field starts on line 3. */
	expect("h\n\"one\ntwo\"\nnext\n", "h@1\none\ntwo@2\nnext@4\n");
	expect("\"a\r\nb\"\r\nc\r\n", "a\r\nb@1\nc@3\n");
}

static void
test_line_ends(void **state)
{
	(void)state;
	expect("a,b\r\n1,2\r\n", "a|b@1\n1|2@2\n");
	expect("a,b\r1,2\r", "a|b@1\n1|2@2\n");
	expect("a\n\nb\r\n\r\nc\n", "a@1\nb@3\nc@5\n");	/* blank lines */
}

static void
test_bom(void **state)
{
	(void)state;
	expect("\xEF\xBB\xBFid,title\n1,x\n", "id|title@1\n1|x@2\n");
	/* Only at the very start. */
	expect("a\n\xEF\xBB\xBF" "b\n", "a@1\n\xEF\xBB\xBF" "b@2\n");
}

static void
test_empty_fields_and_spaces(void **state)
{
	(void)state;
	expect("a,,b,\n", "a||b|@1\n");
	expect(",\n", "|@1\n");
	/* libcsv trims by default; citeq keeps spaces and tabs. */
	expect_delim(" a ,\tb\t\n", ',', " a |\tb\t@1\n");
}

static void
test_errors(void **state)
{
	enum csvr_status st;
	struct csvr *r;
	struct record row;

	(void)state;
	r = csvr_open_mem("a\nb\n\"open\nstill open\n", 22, "t.csv");
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_int_equal(csvr_next(r, &row), CSVR_ERROR);
	assert_string_equal(csvr_error(r), "unterminated quoted field");
	assert_int_equal(csvr_error_line(r), 3);
	assert_int_equal(csvr_next(r, &row), CSVR_EOF);
	csvr_close(r);

	read_mem("a\nx\"y\"z,1\n", &st);
	assert_int_equal(st, CSVR_ERROR);
	read_mem("a\n\"x\"y,1\n", &st);
	assert_int_equal(st, CSVR_ERROR);
	/* A quote after a space does not open a quoted field (RFC 4180). */
	read_mem("a\n1, \"b\"\n", &st);
	assert_int_equal(st, CSVR_ERROR);
}

/* Through a file: records that cross the 64 KiB read blocks, a field
 * larger than a block, and a CRLF split across two blocks. */
static void
test_file_blocks(void **state)
{
	char path[] = "/tmp/citeq-test-XXXXXX";
	int fd = mkstemp(path);
	size_t big = 200000, i, rows = 0;
	char *field = malloc(big + 1);
	struct record row;
	struct csvr *r;
	FILE *fp;

	(void)state;
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	memset(field, 'x', big);
	field[big] = '\0';
	fputs("id,text\r\n", fp);
	for (i = 0; i < 65536 - 12; i++)
		fputc('y', fp);		/* the CR is the block's last byte */
	fputs(",z\r\n", fp);
	fprintf(fp, "2,\"%s\"\r\n", field);
	for (i = 0; i < 5000; i++)
		fprintf(fp, "%zu,\"a,\"\"b\"\"\nc\"\r\n", i);
	fclose(fp);

	r = csvr_open_fd(open(path, O_RDONLY), path, 1);
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_string_equal(row.f[0].s, "id");
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_int_equal(row.f[0].len, 65536 - 12);
	assert_string_equal(row.f[1].s, "z");
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_int_equal(row.line, 3);
	assert_int_equal(row.f[1].len, big);
	while (csvr_next(r, &row) == CSVR_ROW) {
		assert_int_equal(row.n, 2);
		assert_string_equal(row.f[1].s, "a,\"b\"\nc");
		assert_int_equal(row.line, 4 + 2 * rows);
		rows++;
	}
	assert_int_equal(rows, 5000);
	csvr_close(r);
	unlink(path);
	free(field);
}

/* Every record read again by its span has the same fields and line. */
static void
check_fetch(struct csvr *r)
{
	struct csvr_span spans[8];
	char first[8][64];
	struct record row;
	size_t n = 0, i;

	while (csvr_next(r, &row) == CSVR_ROW) {
		assert_true(n < 8);
		spans[n] = csvr_last(r);
		assert_int_equal(spans[n].line, row.line);
		snprintf(first[n], sizeof first[n], "%s|%s", row.f[0].s,
		    row.n > 1 ? row.f[1].s : "");
		n++;
	}
	assert_int_equal(n, 4);
	for (i = n; i-- > 0;) {
		char got[64];

		assert_int_equal(csvr_fetch(r, &spans[i], &row), 0);
		snprintf(got, sizeof got, "%s|%s", row.f[0].s,
		    row.n > 1 ? row.f[1].s : "");
		assert_string_equal(got, first[i]);
		assert_int_equal(row.line, spans[i].line);
	}
	csvr_close(r);
}

static const char fetch_text[] =
    "\xEF\xBB\xBFid,t\r\n1,\"a\nb\"\r\n\r\n2,\"x,\"\"y\"\"\"\n3,z";

static void
test_fetch(void **state)
{
	char path[] = "/tmp/citeq-test-XXXXXX";
	int fd, p[2];

	(void)state;
	check_fetch(csvr_open_mem(fetch_text, strlen(fetch_text), "m"));

	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, fetch_text, strlen(fetch_text)),
	    (ssize_t)strlen(fetch_text));
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	check_fetch(csvr_open_fd(fd, path, 1));
	unlink(path);

	/* A pipe is kept in a temporary file. */
	assert_int_equal(pipe(p), 0);
	assert_int_equal(write(p[1], fetch_text, strlen(fetch_text)),
	    (ssize_t)strlen(fetch_text));
	close(p[1]);
	{
		struct csvr *r = csvr_open_fd(p[0], "pipe", 1);

		assert_int_equal(csvr_keep(r), 0);
		check_fetch(r);
	}
}

/* Rows read again in order, in reverse and here and there from a file of
 * many pages (csvr_fetch reads it through a window): record i is
 * "i,x...x" with i % 300 x's, and record 7000 a field of 100,000 bytes,
 * longer than the window. */
static size_t
xs_of(size_t i)
{
	return i == 7000 ? 100000 : i % 300;
}

static void
check_fetch_order(struct csvr *r, const struct csvr_span *spans, size_t n,
    size_t step, int back)
{
	struct record row;
	size_t k, i;

	for (k = 0; k < n; k++) {
		i = step ? k * step % n : back ? n - 1 - k : k;
		assert_int_equal(csvr_fetch(r, &spans[i], &row), 0);
		assert_int_equal(strtoul(row.f[0].s, NULL, 10), i);
		assert_int_equal(row.f[1].len, xs_of(i));
		assert_int_equal(row.line, i + 2);
	}
}

static void
test_fetch_window(void **state)
{
	char path[] = "/tmp/citeq-test-XXXXXX";
	size_t n = 20000, i;
	struct csvr_span *spans = calloc(n, sizeof *spans);
	char *xs = malloc(100001);
	struct record row;
	struct csvr *r;
	FILE *fp;
	int fd;

	(void)state;
	memset(xs, 'x', 100000);
	fd = mkstemp(path);
	assert_true(fd >= 0 && spans != NULL && xs != NULL);
	fp = fdopen(fd, "w");
	fprintf(fp, "id,x\n");
	for (i = 0; i < n; i++)
		fprintf(fp, "%zu,%.*s\n", i, (int)xs_of(i), xs);
	fclose(fp);
	r = csvr_open_fd(open(path, O_RDONLY), path, 1);
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);	/* the header */
	for (i = 0; i < n; i++) {
		assert_int_equal(csvr_next(r, &row), CSVR_ROW);
		spans[i] = csvr_last(r);
	}
	assert_int_equal(csvr_next(r, &row), CSVR_EOF);
	check_fetch_order(r, spans, n, 0, 0);
	check_fetch_order(r, spans, n, 0, 1);
	check_fetch_order(r, spans, n, 7919, 0);
	csvr_close(r);
	unlink(path);
	free(spans);
	free(xs);
}

/* csvs_split(): "|"-joined values of an accepted record, or "REJECT". */
static const char *
split(const char *rec, size_t max)
{
	static char out[512];
	struct csvs_cell cells[16];
	char val[128];
	long n = csvs_split(rec, strlen(rec), ',', cells, max, max), i;
	size_t len;

	if (n < 0)
		return "REJECT";
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		len = csvs_cell_value(rec, &cells[i], val);
		assert_int_equal(strlen(val), len);
		if (i > 0)
			strcat(out, "|");
		strcat(out, val);
	}
	return out;
}

static void
test_split(void **state)
{
	(void)state;
	/* Accepted, split as libcsv splits them (tests/diff and the fuzz
	 * target check the same over many more). */
	assert_string_equal(split("a,b,c", 16), "a|b|c");
	assert_string_equal(split("a,,", 16), "a||");
	assert_string_equal(split(",", 16), "|");
	assert_string_equal(split("\"\"", 16), "");
	assert_string_equal(split("\"a,b\",c", 16), "a,b|c");
	assert_string_equal(split("\"say \"\"hi\"\"\",x", 16),
	    "say \"hi\"|x");
	assert_string_equal(split("\"\"\"\"", 16), "\"");
	assert_string_equal(split("\"a\nb\r\nc\",d", 16), "a\nb\r\nc|d");
	assert_string_equal(split(" a , b ", 16), " a | b ");
	assert_string_equal(split("0123456789abcdef0123,\"0123456789abcdef,"
	    "\"\"\",z", 16), "0123456789abcdef0123|0123456789abcdef,\"|z");
	/* Left to libcsv: malformed, or more fields than allowed. */
	assert_string_equal(split("a\"b", 16), "REJECT");
	assert_string_equal(split("\"a\"b", 16), "REJECT");
	assert_string_equal(split("\"a\" ,b", 16), "REJECT");
	assert_string_equal(split(" \"a\"", 16), "REJECT");
	assert_string_equal(split("\"open", 16), "REJECT");
	assert_string_equal(split("\"a\"\"", 16), "REJECT");
	assert_string_equal(split("\"a\"\"\"", 16), "a\"");
	assert_string_equal(split("\"\"\"a\"\"\"\"b\"\"\",\"x\"\"\"\"\"\"y\"", 16),
	    "\"a\"\"b\"|x\"\"\"y");
	assert_string_equal(split("a,b,c", 2), "REJECT");
	assert_string_equal(split("a,b", 2), "a|b");
}

static void
test_sniff(void **state)
{
#define SNIFF(s) csvs_sniff(s, strlen(s))
	(void)state;
	assert_int_equal(SNIFF("a,b,c\n1,2,3\n"), ',');
	assert_int_equal(SNIFF("a;b;c\n1;2;3\n"), ';');
	assert_int_equal(SNIFF("a\tb\n1\t2\n"), '\t');
	assert_int_equal(SNIFF("title\nx\n"), ',');	/* one column */
	assert_int_equal(SNIFF(""), ',');
	/* the most fields in the header; quotes hide delimiters */
	assert_int_equal(SNIFF("\"a;b;c\",d,e\n"), ',');
	assert_int_equal(SNIFF("\"a,b,c\";d;e\n"), ';');
	assert_int_equal(SNIFF("a,b;c;d\n"), ';');
	/* a tie: the comma */
	assert_int_equal(SNIFF("a,b;c\n"), ',');
	/* the same number of fields in the records that follow wins over
	 * more in the header alone (decimal commas in a ;-file) */
	assert_int_equal(SNIFF("a,b,c,d;e;f\n1,5;2;3\n2;4,5;6\n"), ';');
	/* a header cut short, with no line end */
	assert_int_equal(SNIFF("a\tb\tc"), '\t');
	/* blank lines are no records */
	assert_int_equal(SNIFF("a;b\n\n\n1;2\n"), ';');
#undef SNIFF
}

static void
test_delimiters(void **state)
{
	enum csvr_status st;

	(void)state;
	/* found from the header */
	expect("a;b\n1;\"x;y\"\n", "a|b@1\n1|x;y@2\n");
	expect("\xEF\xBB\xBF" "a;b\r\n1;2\r\n", "a|b@1\n1|2@2\n");
	expect("a\tb\n1\t2,3\n", "a|b@1\n1|2,3@2\n");
	/* set: the others are data */
	expect_delim("a;b,c\n1;2,3\n", ',', "a;b|c@1\n1;2|3@2\n");
	expect_delim("a;b,c\n1;2,3\n", ';', "a|b,c@1\n1|2,3@2\n");
	/* TSV: escapes in a bare field, quotes in it as they are */
	expect_delim("a\tb\nx\\ty\\\\z\\n\\r\t5\" \"q\"\n", '\t',
	    "a|b@1\nx\ty\\z\n\r|5\" \"q\"@2\n");
	/* a backslash before anything else stays, as does one at the end */
	expect_delim("a\tb\nC:\\Users\tx\\\n", '\t',
	    "a|b@1\nC:\\Users|x\\@2\n");
	/* a field that starts with a quote is quoted as in CSV: tabs, line
	 * breaks and backslashes in it as they are */
	expect_delim("a\tb\n\"q\"\"\t\\t\"\t\"l1\nl2\"\nc\t\n", '\t',
	    "a|b@1\nq\"\t\\t|l1\nl2@2\nc|@4\n");
	expect_delim("a\tb\n\"\"\t\"\"\n", '\t', "a|b@1\n|@2\n");
	/* malformed: text after the closing quote, or no closing quote */
	read_mem_delim("a\tb\n\"x\"y\tz\n", '\t', &st);
	assert_int_equal(st, CSVR_ERROR);
	read_mem_delim("a\tb\n\"x\tz\n", '\t', &st);
	assert_int_equal(st, CSVR_ERROR);
	/* csvr_delim() says which was found */
	{
		struct csvr *r = csvr_open_mem("a;b\n", 4, "t");
		struct record row;

		assert_int_equal(csvr_next(r, &row), CSVR_ROW);
		assert_int_equal(csvr_delim(r), ';');
		csvr_close(r);
	}
}

/* tsvs_split(): "|"-joined values of an accepted record, or "REJECT". */
static const char *
tsplit(const char *rec, size_t max, size_t keep)
{
	static char out[512];
	struct csvs_cell cells[16];
	char val[128];
	long n = tsvs_split(rec, strlen(rec), cells, max, keep), i;
	size_t len;

	if (n < 0)
		return "REJECT";
	out[0] = '\0';
	for (i = 0; i < n && (size_t)i < keep; i++) {
		len = csvs_cell_value(rec, &cells[i], val);
		assert_int_equal(strlen(val), len);
		if (i > 0)
			strcat(out, "|");
		strcat(out, val);
	}
	snprintf(out + strlen(out), sizeof out - strlen(out), "#%ld", n);
	return out;
}

/* The shape csvs_line_end() gives the record at the start of s[0, len):
 * its fields as csvs_split() bounds them by max (-1 past max or where it
 * takes none), and in *end where the record ends. */
static long
shape(const char *s, size_t len, char delim, size_t max, size_t *end)
{
	struct csvs_shape sh;
	unsigned long nl = 0;
	int inq = 0;
	long n;

	csvs_shape_start(&sh);
	*end = csvs_line_end(csvs_simd_best(), s, 0, len, delim, &inq, &nl,
	    &sh);
	n = csvs_shape_fields(&sh, inq);
	return n < 0 || (size_t)n > max ? -1 : n;
}

static long
count(const char *s, size_t len, char delim, size_t max)
{
	size_t end;
	long n = shape(s, len, delim, max, &end);

	assert_int_equal(end, len);
	return n;
}

/* len bytes into rec: the letter 'a', or one time in one_in a byte of the
 * five of alphabet, from the pseudo-random *seed. */
static void
random_bytes(char *rec, size_t len, const char *alphabet, unsigned one_in,
    unsigned long *seed)
{
	size_t i;

	for (i = 0; i < len; i++) {
		*seed = *seed * 6364136223846793005u + 1;
		rec[i] = (*seed >> 40) % one_in ? 'a' : alphabet[(*seed >> 50) %
		    5];
	}
}

/* The shape gives what csvs_split() gives, on records made of the bytes
 * that matter (a delimiter, a quote, a letter, a line feed) at every
 * length around the 64-byte blocks, each bound on the fields, both
 * delimiters; and by hand on the cases of each rule. */
static void
test_count(void **state)
{
	static const char alphabet[] = ",\"a\n;";
	struct csvs_cell cells[80];
	char rec[200];
	unsigned long seed = 12345;
	size_t len, max, end, tried = 0, taken = 0;
	int k, d;
	long got;

	(void)state;
	assert_int_equal(count("", 0, ',', 1), 1);
	assert_int_equal(count("", 0, ',', 0), -1);
	assert_int_equal(count("a,b,c", 5, ',', 3), 3);
	assert_int_equal(count("a,b,c", 5, ',', 2), -1);	/* too many */
	assert_int_equal(count("\"a,b\",c", 7, ',', 2), 2);
	assert_int_equal(count("\"a\"\"b\",c", 8, ',', 2), 2);
	assert_int_equal(count("a\"b", 3, ',', 2), -1);	/* bare quote */
	assert_int_equal(count("\"a\"b", 4, ',', 2), -1);	/* after close */
	assert_int_equal(count("\"a", 2, ',', 2), -1);	/* not closed */
	assert_int_equal(count("a;\"b;c\";d", 9, ';', 3), 3);
	assert_int_equal(count("\"a\nb\",c", 7, ',', 2), 2);
	/* a record ends at a line break outside quotes, a closing quote
	 * before it */
	assert_int_equal(shape("\"a\"\nb,c,d", 9, ',', 1, &end), 1);
	assert_int_equal(end, 3);
	/* a quoted field across the 64-byte boundary, closing on byte 63
	 * before a delimiter and before a letter */
	memset(rec, 'x', sizeof rec);
	rec[0] = '"';
	rec[63] = '"';
	rec[64] = ',';
	assert_int_equal(count(rec, 70, ',', 2), 2);
	rec[64] = 'y';
	assert_int_equal(count(rec, 70, ',', 2), -1);
	/* a doubled quote across it: bytes 63 and 64, closed at 69 */
	rec[64] = '"';
	rec[69] = '"';
	assert_int_equal(count(rec, 70, ',', 2), 1);
	/* an opening quote at byte 64 after a delimiter at 63 */
	memset(rec, 'x', sizeof rec);
	rec[63] = ',';
	rec[64] = '"';
	rec[66] = '"';
	assert_int_equal(count(rec, 67, ',', 2), 2);
	rec[63] = 'x';
	assert_int_equal(count(rec, 67, ',', 2), -1);
	for (k = 0; k < 200000; k++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		len = (seed >> 33) % 150;
		d = (seed >> 20) & 1;
		/* mostly letters, so that records are often valid */
		random_bytes(rec, len, alphabet, 4, &seed);
		for (max = 0; max < 6; max++) {
			got = shape(rec, len, d ? ';' : ',', max * 8, &end);
			tried++;
			taken += got >= 0;
			assert_int_equal(got, csvs_split(rec, end, d ? ';' :
			    ',', cells, max * 8, 0));
		}
	}
	/* both answers were seen often */
	assert_true(taken > tried / 20);
	assert_true(taken < tried - tried / 20);
}

/* csvs_line_end() against the scan it replaced, byte by byte: any quote
 * opens or closes, the first LF or CR outside quotes ends the record, and
 * each line break inside quotes (CR LF once) is counted. In one call, and
 * in two where the first does not end on a CR (the reader holds back a CR
 * that ends its buffer). */
static size_t
line_end_bytewise(const char *s, size_t i, size_t end, int *inq,
    unsigned long *nl)
{
	for (; i < end; i++) {
		if (s[i] == '"')
			*inq = !*inq;
		else if (s[i] == '\n' || s[i] == '\r') {
			if (!*inq)
				return i;
			(*nl)++;
			if (s[i] == '\r' && i + 1 < end && s[i + 1] == '\n')
				i++;
		}
	}
	return end;
}

static void
test_line_end(void **state)
{
	static const char alphabet[] = "\"\n\r,a";
	char rec[300];
	struct csvs_shape s1, s2;
	unsigned long seed = 777, nl1, nl2;
	size_t len, mid, e1, e2;
	int k, q1, q2, in0, simd;

	(void)state;
	for (k = 0; k < 200000; k++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		len = (seed >> 33) % 300;
		in0 = (seed >> 25) & 1;
		random_bytes(rec, len, alphabet, 3, &seed);
		q1 = q2 = in0;
		nl1 = nl2 = 3;
		csvs_shape_start(&s1);
		e1 = line_end_bytewise(rec, 0, len, &q1, &nl1);
		e2 = csvs_line_end(csvs_simd_best(), rec, 0, len, ',', &q2, &nl2,
		    &s1);
		assert_int_equal(e1, e2);
		assert_int_equal(q1, q2);
		assert_int_equal(nl1, nl2);
		/* each path the same (a byte, sixteen, thirty-two at a time) */
		for (simd = CSVS_SIMD_PLAIN; simd <= CSVS_SIMD_AVX2; simd++) {
			int q3 = in0;
			unsigned long nl3 = 3;
			struct csvs_shape s3;

			csvs_shape_start(&s3);
			assert_int_equal(csvs_line_end((enum csvs_simd)simd,
			    rec, 0, len, ',', &q3, &nl3, &s3), e1);
			assert_int_equal(q3, q1);
			assert_int_equal(nl3, nl1);
			assert_int_equal(csvs_shape_fields(&s3, q3),
			    csvs_shape_fields(&s1, q1));
		}
		/* two calls: the same end, state and shape */
		mid = len ? (seed >> 13) % len : 0;
		if (mid > 0 && rec[mid - 1] == '\r')
			continue;
		q2 = in0;
		nl2 = 3;
		csvs_shape_start(&s2);
		e2 = csvs_line_end(csvs_simd_best(), rec, 0, mid, ',', &q2, &nl2,
		    &s2);
		if (e2 == mid)
			e2 = csvs_line_end(csvs_simd_best(), rec, mid,
			    len, ',', &q2, &nl2, &s2);
		assert_int_equal(e1, e2);
		assert_int_equal(q1, q2);
		assert_int_equal(nl1, nl2);
		assert_int_equal(csvs_shape_fields(&s1, q1),
		    csvs_shape_fields(&s2, q2));
	}
}

/* Through the reader, whose buffer ends anywhere in a record: the shape
 * of each record it finds is what csvs_split() makes of its bytes, on a
 * file of 30,000 records of good and bad fields, LF and CR LF ends. */
static void
test_shape_read(void **state)
{
	static const char *const fields[] = { "abc", "", "\"a,b\"",
	    "\"a\"\"b\"", "\"x\ny\"", "\"x\r\ny\"", "a\"b\"",
	    "\"a\"b\"c\"", "\"\"", "abcdefghijklmnopqrstuvwxyz0123456789" };
	static const size_t good_fields[] = { 0, 1, 2, 3, 4, 5, 8, 9 };
	char path[] = "/tmp/citeq-test-XXXXXX";
	struct csvs_cell cells[64];
	unsigned long seed = 99;
	size_t i, k, nf, f, len, good = 0, bad = 0;
	const char *b;
	struct csvr *r;
	FILE *fp;
	int fd;
	long want;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	for (i = 0; i < 30000; i++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		nf = 1 + (seed >> 33) % 20;
		for (k = 0; k < nf; k++) {
			seed = seed * 6364136223846793005u + 1;
			/* a bad field (6, 7) one time in ten; no record of
			 * one empty field (a blank line, which is skipped) */
			f = (seed >> 40) % 10 < 9 ? good_fields[(seed >> 44) % 8] :
			    6 + (seed >> 50) % 2;
			fprintf(fp, "%s%s", k ? "," : "", fields[nf == 1 &&
			    f == 1 ? 0 : f]);
		}
		fputs((seed >> 20) % 3 ? "\n" : "\r\n", fp);
	}
	fclose(fp);
	r = csvr_open_fd(open(path, O_RDONLY), path, 1);
	csvr_set_delim(r, ',');
	while (csvr_next_bytes(r, &b, &len) == CSVR_ROW) {
		want = csvs_split(b, len, ',', cells, 64, 0);
		assert_int_equal(csvr_last_fields(r), want);
		good += want >= 0;
		bad += want < 0;
	}
	csvr_close(r);
	unlink(path);
	assert_int_equal(good + bad, 30000);
	assert_true(bad > 3000 && good > 10000);
}

/* csvs_split_head() on each path gives csvs_split()'s first cells, on
 * 20,000 records taken by it: fields of 0 to 150 bytes, bare or quoted
 * with delimiters, doubled quotes and line breaks inside, so that fields
 * and quotes cross the 64-byte blocks; records of 64 and 128 bytes among
 * them (the last field ends at a block's end). */
static void
test_split_head(void **state)
{
	static const char alpha[] = "ab,\"\n;xyz";	/* quoted fields */
	struct csvs_cell want[40], got[40];
	unsigned long seed = 7;
	char rec[8192];
	size_t i, k, nf, len, flen, j, keep, ends64 = 0;
	long n;
	int p, quoted;

	(void)state;
	for (i = 0; i < 20000; i++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		nf = 1 + (seed >> 33) % 30;
		len = 0;
		for (k = 0; k < nf; k++) {
			seed = seed * 6364136223846793005u + 1;
			flen = (seed >> 35) % (k % 3 ? 12 : 150);
			quoted = (seed >> 20) & 1;
			if (k > 0)
				rec[len++] = ',';
			if (quoted)
				rec[len++] = '"';
			for (j = 0; j < flen; j++) {
				seed = seed * 6364136223846793005u + 1;
				char c = quoted ? alpha[(seed >> 40) % 10] :
				    (char)('a' + (seed >> 40) % 26);

				rec[len++] = c;
				if (c == '"')
					rec[len++] = '"';
			}
			if (quoted)
				rec[len++] = '"';
		}
		if (i % 50 == 0 && len < 63) {	/* a field to 64 bytes */
			rec[len++] = ',';
			while (len < 64)
				rec[len++] = 'p';
			nf++;
		}
		ends64 += len % 64 == 0;
		n = csvs_split(rec, len, ',', want, 40, 40);
		assert_int_equal(n, (long)nf);
		for (p = CSVS_SIMD_PLAIN; p <= CSVS_SIMD_AVX2; p++)
			for (keep = 1; keep <= nf; keep += 1 + keep / 4) {
				memset(got, 0x55, sizeof got);
				csvs_split_head((enum csvs_simd)p, rec, len, ',',
				    got, keep);
				for (k = 0; k < keep; k++) {
					assert_int_equal(got[k].off, want[k].off);
					assert_int_equal(got[k].len, want[k].len);
					assert_int_equal(got[k].quoted,
					    want[k].quoted);
					assert_int_equal(got[k].doubled,
					    want[k].doubled);
					assert_int_equal(got[k].esc, 0);
				}
			}
	}
	assert_true(ends64 >= 100);
}

/* csvs_find() against a byte-by-byte search: strings of 0 to 99 bytes,
 * from every start, with none, one or several of the four bytes, so that
 * the first lies in a whole block of sixteen, in the last part of one, or
 * nowhere. */
static void
test_find(void **state)
{
	static const char alpha[] = "abcdefgh,\"\n\rxyz";
	unsigned long seed = 3;
	char s[100];
	size_t n, i, k, want, t;

	(void)state;
	for (t = 0; t < 3000; t++) {
		n = t % 100;
		for (k = 0; k < n; k++) {
			seed = seed * 6364136223846793005u + 1442695040888963407u;
			/* mostly letters: the bytes looked for are rare */
			s[k] = (seed >> 33) % 8 ? 'a' + (char)((seed >> 40) % 8) :
			    alpha[(seed >> 40) % 16];
		}
		for (i = 0; i <= n; i++) {
			for (want = i; want < n && s[want] != ',' &&
			    s[want] != '"' && s[want] != '\n' && s[want] != '\r';
			    want++)
				;
			assert_int_equal(csvs_find(s, i, n, ',', '"', '\n', '\r'),
			    want);
		}
	}
}

static void
test_split_tsv(void **state)
{
	(void)state;
	assert_string_equal(tsplit("a\tb\tc", 16, 16), "a|b|c#3");
	assert_string_equal(tsplit("\t", 16, 16), "|#2");
	assert_string_equal(tsplit("", 16, 16), "#1");
	assert_string_equal(tsplit("a\\tb\\\\", 16, 16), "a\tb\\#1");
	assert_string_equal(tsplit("\"a\tb\"\t\"\"\"\"", 16, 16),
	    "a\tb|\"#2");
	assert_string_equal(tsplit("x\"y\t\"", 16, 16), "REJECT");
	assert_string_equal(tsplit("a\tb\tc", 2, 2), "REJECT");
	/* the fields past keep are counted, not kept */
	assert_string_equal(tsplit("a\tb\\n\t\"c\"", 16, 1), "a#3");
	assert_string_equal(tsplit("\"a\" \tb", 16, 16), "REJECT");
	/* the same split with a semicolon for csvs_split() */
	{
		struct csvs_cell cells[4];

		assert_int_equal(csvs_split("a;\"b;c\";d", 9, ';', cells, 4,
		    4), 3);
		assert_int_equal(csvs_split("a;\"b;c\",d", 9, ';', cells, 4,
		    4), -1);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_embedded_newlines),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_empty_fields_and_spaces),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_file_blocks),
		cmocka_unit_test(test_fetch),
		cmocka_unit_test(test_fetch_window),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_line_end),
		cmocka_unit_test(test_shape_read),
		cmocka_unit_test(test_sniff),
		cmocka_unit_test(test_delimiters),
		cmocka_unit_test(test_split_tsv),
		cmocka_unit_test(test_split_head),
		cmocka_unit_test(test_find),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
