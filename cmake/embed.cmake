# Turns the file IN into a C source OUT defining the built-in data:
#   const unsigned char citeq_builtin_csv[]; const size_t citeq_builtin_csv_len;
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR len "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "((0x..,){16})" "\\1\n" body "${body}")
file(WRITE "${OUT}.tmp"
  "/* Generated from data/citations.csv by cmake/embed.cmake; do not edit. */\n"
  "#include <stddef.h>\n"
  "const unsigned char citeq_builtin_csv[] = {\n${body}0x00};\n"
  "const size_t citeq_builtin_csv_len = ${len};\n")
file(RENAME "${OUT}.tmp" "${OUT}")
