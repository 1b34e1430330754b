// Go 1.19's bodies of the runtime functions gc inlines whose gosub body is
// shaped differently: the inliner copies gcinl_F in place of F at a call
// so that escape analysis and -m=2 see gc's flows (CallersFrames'
// f.frames = f.frameStore[:0]); codegen still compiles the call to F
// itself.  The gcinl_ functions are never called.
package runtime

func gcinl_CallersFrames(callers []uintptr) *Frames {
	f := &Frames{callers: callers}
	f.frames = f.frameStore[:0]
	return f
}
