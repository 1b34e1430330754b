package strings

import "io"

var eof = io.EOF
