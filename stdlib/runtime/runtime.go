// Package runtime: the parts of Go's runtime package programs use; the
// implementations are gosub's runtime (runtime/*.c).
package runtime

// GOOS and GOARCH of the running program.
const GOOS string = "linux"
const GOARCH string = "amd64"

// Compiler is the name of the compiler toolchain that built the binary.
const Compiler = "gc"

// Version returns the Go tree's version string.
func Version() string { return "go1.19.8" }

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

//extern go_runtime_GC
func GC()

//extern go_runtime_Gosched
func Gosched()

//extern go_runtime_Goexit
func Goexit()

//extern go_runtime_NumGoroutine
func NumGoroutine() int

//extern go_runtime_GOMAXPROCS
func GOMAXPROCS(n int) int

//extern go_runtime_NumCPU
func NumCPU() int

//extern go_runtime_SetFinalizer
func SetFinalizer(obj any, finalizer any)

//extern go_runtime_KeepAlive
func KeepAlive(x any)

//extern go_runtime_ReadMemStats
func ReadMemStats(m *MemStats)

//extern go_runtime_Caller
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// A MemStats records statistics about the memory allocator (Go 1.19's layout).
type MemStats struct {
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	StackInuse  uint64
	StackSys    uint64
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}
