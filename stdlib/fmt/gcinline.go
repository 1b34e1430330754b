// Go 1.19's bodies of the fmt functions gc inlines that gosub implements in
// the runtime (//extern): the inliner copies gcinl_F in place of F at a call
// so that escape analysis and -m=2 see what gc sees (fmt.a := ... argument,
// then the Fprint* call); codegen still compiles the call to F itself.
// These functions are never called.
package fmt

import "os"

func gcinl_Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func gcinl_Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func gcinl_Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}
