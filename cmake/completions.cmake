# Fills the language codes (ISO 639-1, from the iso-codes package's JSON,
# IN) into the completion templates in TEMPLATES, writing them to OUT_DIR.
file(READ "${IN}" text)
string(REGEX MATCHALL "\"alpha_2\": \"[a-z][a-z]\"" found "${text}")
set(langs "")
foreach(item IN LISTS found)
  string(REGEX REPLACE ".*\"([a-z][a-z])\"$" "\\1" code "${item}")
  string(APPEND langs " ${code}")
endforeach()
string(STRIP "${langs}" LANGS)
foreach(name citeq.bash _citeq citeq.fish)
  configure_file("${TEMPLATES}/${name}.in" "${OUT_DIR}/${name}" @ONLY)
endforeach()
