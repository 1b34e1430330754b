package debug

// Settings gosub's runtime accepts but does not act on: the thread limit
// (one OS thread runs all goroutines), faults (a fault is always fatal)
// and the traceback level (panics always print the running goroutine).
// Each reports the previous value as Go does.

var (
	maxThreads   = 10000 // Go's initial limit
	panicOnFault = false
)

// SetMaxThreads sets the maximum number of operating system threads that
// the Go program can use and returns the previous setting.
func SetMaxThreads(threads int) int {
	return setMaxThreads(threads)
}

func setMaxThreads(threads int) int {
	old := maxThreads
	if threads > 0x7fffffff {
		threads = 0x7fffffff
	}
	maxThreads = threads
	return old
}

// SetPanicOnFault controls the runtime's behavior when a program faults
// at an unexpected address; it returns the previous setting.
func SetPanicOnFault(enabled bool) bool {
	return setPanicOnFault(enabled)
}

func setPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic.
func SetTraceback(level string) {
	traceback = level
}

var traceback = "single"
