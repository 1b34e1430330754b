// Go 1.19's bodies of the strconv functions gc inlines whose gosub body is
// shaped differently: the inliner copies gcinl_F in place of F at a call so
// that escape analysis and -m=2 see gc's flows (append(dst, "true"...),
// genericFtoa(dst, ...), unquote(s, false)) with their recorded leak tags;
// codegen still compiles the call to F itself.  The gcinl_ functions are
// never called.
//
// genericFtoa and unquote are the helpers those bodies call, with Go's
// signatures and gosub's own (working) implementations.
package strconv

func gcinl_AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

func gcinl_AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

func gcinl_QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// genericFtoa appends the formatted float to dst, growing dst in the
// pieces Go's appends do (runtime/strconv.c).
//
//extern go_strconv_genericFtoa
func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte

// unquote parses the quoted literal at the start of in: out is the literal
// as written (or, with unescape, its value) and rem what follows it.
func unquote(in string, unescape bool) (out, rem string, err error) {
	out, rem, err = quotedPrefix(in)
	if err == nil && unescape {
		v, ok := unquoteLit(out)
		if !ok {
			return "", in, ErrSyntax
		}
		out = v
	}
	return out, rem, err
}
