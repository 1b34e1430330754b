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

// GOROOT returns the root of the Go tree: $GOROOT when set, else the Go
// 1.19 installation gosub was configured with (whose sources and test
// suite are the reference).
//
//extern go_runtime_GOROOT
func GOROOT() string

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

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile: on average one sample per
// MemProfileRate allocated bytes (1: every allocation, 0: none).  Go starts
// it at 512 KiB, or at 0 when the program cannot reach MemProfile (its
// linker's disableMemoryProfiling); gosub's runtime knows the same from
// whether MemProfile was linked in (runtime/mprof_read.c).
var MemProfileRate int = memProfileRateAtStart()

//extern go_runtime_defaultMemProfileRate
func memProfileRateAtStart() int

// A MemProfileRecord describes the live objects allocated by a particular
// call sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record,
// a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per
// allocation site, as of the last completed garbage collection: n is the
// number of records; when len(p) >= n, MemProfile copies them into p and
// reports ok.  inuseZero includes the sites whose objects were all freed.
// Samples are taken every MemProfileRate bytes on average.
//
//extern go_runtime_MemProfile
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// Breakpoint executes a breakpoint trap.
//
//extern go_runtime_Breakpoint
func Breakpoint()

// LockOSThread wires the calling goroutine to its current operating system thread.
//
//extern go_runtime_LockOSThread
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
//
//extern go_runtime_UnlockOSThread
func UnlockOSThread()

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack.
//
//extern go_runtime_Callers
func Callers(skip int, pc []uintptr) int

// Stack formats a stack trace of the calling goroutine into buf.
//
//extern go_runtime_Stack
func Stack(buf []byte, all bool) int

// A Func represents a Go function in the running binary.
type Func struct {
	opaque struct{} // unexported field to disallow conversions
}

// FuncForPC returns a *Func describing the function that contains the given program counter address, or else nil.
//
//extern go_runtime_FuncForPC
func FuncForPC(pc uintptr) *Func

// Name returns the name of the function.
//
//extern go_runtime_Func_Name
func (f *Func) Name() string

// Entry returns the entry address of the function.
//
//extern go_runtime_Func_Entry
func (f *Func) Entry() uintptr

// FileLine returns the file name and line number of the source code corresponding to the program counter pc.
//
//extern go_runtime_Func_FileLine
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Frame is the information returned by Frames for each call frame.
//
// funcInfo stands where Go's (two words) is, so that unsafe.Sizeof(Frame{})
// is Go's 80; gosub leaves it zero.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	funcInfo [2]uintptr
}

// Frames may be used to get function/file/line information for a slice of PC values returned by Callers.
type Frames struct {
	callers []uintptr
	// frames and frameStore are Go's (its CallersFrames, which -m models,
	// points frames at frameStore); gosub's Next does not use them.
	frames     []Frame
	frameStore [2]Frame
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	pc := ci.callers[0]
	ci.callers = ci.callers[1:]
	f := FuncForPC(pc)
	frame.PC = pc
	frame.Func = f
	if f != nil {
		frame.Function = f.Name()
		frame.File, frame.Line = f.FileLine(pc)
		frame.Entry = f.Entry()
	}
	return frame, len(ci.callers) > 0
}

// NumCgoCall returns the number of cgo calls made by the current process:
// gosub programs have no cgo, so the count stays 0 (what go reports for a
// program without cgo calls).
func NumCgoCall() int64 {
	var n int64
	return n
}
