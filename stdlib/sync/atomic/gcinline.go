// Go 1.19's bodies of the atomic methods gc inlines that gosub implements
// in the runtime (//extern): the inliner copies gcinl_T_M in place of T.M
// at a call so that escape analysis and -m=2 see gc's flows (Value.Load's
// vp := (*ifaceWords)(unsafe.Pointer(v)), LoadPointer(&vp.typ)); codegen
// still compiles the call to T.M itself.  The gcinl_ functions are never
// called.
package atomic

import "unsafe"

// ifaceWords is an interface value's two words, as Go's Value sees them.
type ifaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// firstStoreInProgress marks (in Go) a Value whose first Store is running.
var firstStoreInProgress byte

func gcinl_Value_Load(v *Value) (val any) {
	vp := (*ifaceWords)(unsafe.Pointer(v))
	typ := LoadPointer(&vp.typ)
	if typ == nil || typ == unsafe.Pointer(&firstStoreInProgress) {
		return nil
	}
	data := LoadPointer(&vp.data)
	vlp := (*ifaceWords)(unsafe.Pointer(&val))
	vlp.typ = typ
	vlp.data = data
	return
}
