package runtime

// A TypeAssertionError explains a failed type assertion.  The C runtime
// (runtime/iface.c) builds it when an assertion fails; the fields mirror
// its layout (three type descriptors, which are static data, and the
// missing method's name).  init hands the runtime this type's descriptor,
// so that a recovered value's dynamic type is the one user code names in
// r.(*runtime.TypeAssertionError).
type TypeAssertionError struct {
	_interface    uintptr
	concrete      uintptr
	asserted      uintptr
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return typeAssertionText(e) }

//extern go_runtime_typeAssertionText
func typeAssertionText(e *TypeAssertionError) string

//extern go_runtime_useTypeAssertionError
func useTypeAssertionError(e any)

func init() { useTypeAssertionError((*TypeAssertionError)(nil)) }
