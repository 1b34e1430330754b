// Package debug: garbage collector controls of Go's runtime/debug.
package debug

//extern go_runtime_debug_SetGCPercent
func SetGCPercent(percent int) int

//extern go_runtime_debug_SetMemoryLimit
func SetMemoryLimit(limit int64) int64

//extern go_runtime_debug_FreeOSMemory
func FreeOSMemory()

//extern go_runtime_debug_PrintStack
func PrintStack()

//extern go_runtime_debug_Stack
func Stack() []byte

// SetMaxStack sets the largest stack a goroutine may use and returns the
// previous setting (1000000000 bytes at start, as in Go).
//
//extern go_runtime_debug_SetMaxStack
func SetMaxStack(bytes int) int
