// testing.Benchmark for main programs: B, BenchmarkResult and the
// iteration-count search of Go 1.19 (run once with N=1, then predict N
// from the time taken until the run lasts the bench time, 1s).  The
// allocation figures (AllocsPerOp, AllocedBytesPerOp, MemString) come
// from MemStats deltas of the last run only, as in Go, so for a loop body
// with a fixed allocation count they do not depend on N or on speed.
// common carries the methods Go declares on *common (Log, Fatal, ...), so
// that calls through *B name the same methods as gc's.
package testing

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// common is the state B shares with T in Go: failure, skipping, logs.
type common struct {
	mu       sync.RWMutex
	output   []byte
	failed   bool
	skipped  bool
	finished bool
	name     string
	cleanups []func()
	signal   chan bool
	start    time.Time
	duration time.Duration

	// the test runner's (gosub test): the enclosing test, its depth,
	// the helpers' function names
	parent  *common
	level   int
	chatty  bool
	done    bool
	bench   bool
	helpers map[string]bool

	tempDir    string
	tempDirSeq int
}

// Name returns the name of the running benchmark.
func (c *common) Name() string { return c.name }

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

func (c *common) log(s string) {
	file, line := c.caller()
	c.logAt(file, line, s)
}

// logAt logs s as said at file:line (the runner's own messages, which
// go reports at its testing.go's lines).
func (c *common) logAt(file string, line int, s string) {
	d := c.decorate(file, line, s)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if c.chatty {
		if c.bench {
			fmt.Print(d)
		} else {
			chattyPrint(c.name, d)
		}
		return
	}
	c.output = append(c.output, d...)
}

// decorate prefixes s with the file:line of the call that logged it (the
// first frame outside package testing and the marked helpers), indents
// it by four spaces and its continuation lines by eight.
func (c *common) decorate(file string, line int, s string) string {
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(file)
	b.WriteByte(':')
	b.WriteString(itoa(line))
	b.WriteString(": ")
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteByte('\n')
	return b.String()
}

func itoa(n int) string { return fmt.Sprint(n) }

func (c *common) caller() (string, int) {
	var pcs [50]uintptr
	n := runtime.Callers(3, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	c.mu.RLock()
	helpers := c.helpers
	c.mu.RUnlock()
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, "testing.") && !helpers[f.Function] {
			file := f.File
			if i := strings.LastIndex(file, "/"); i >= 0 {
				file = file[i+1:]
			}
			if file == "" {
				file = "???"
			}
			line := f.Line
			if line == 0 {
				line = 1
			}
			return file, line
		}
		if !more {
			return "???", 1
		}
	}
}

// Log records its arguments, formatted as by fmt.Sprintln.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf records its arguments, formatted as by fmt.Sprintf.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the function as skipped and stops its execution.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the function was skipped.
func (c *common) Skipped() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.skipped
}

// Helper marks the calling function as a helper: its callers' lines are
// reported instead of its own.
func (c *common) Helper() {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return
	}
	name := runtime.FuncForPC(pc).Name()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = make(map[string]bool)
	}
	c.helpers[name] = true
}

// Cleanup registers a function to be called when the run finishes.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

// cleanupRecovered runs the cleanups, stopping at one that panics: it
// returns that panic's value.
func (c *common) cleanupRecovered() (r any) {
	defer func() { r = recover() }()
	c.runCleanup()
	return nil
}

func (c *common) runCleanup() {
	// a cleanup that panics (or calls FailNow) leaves the others to run
	defer func() {
		c.mu.Lock()
		more := len(c.cleanups) > 0
		c.mu.Unlock()
		if more {
			c.runCleanup()
		}
	}()
	for {
		c.mu.Lock()
		n := len(c.cleanups)
		if n == 0 {
			c.mu.Unlock()
			return
		}
		f := c.cleanups[n-1]
		c.cleanups = c.cleanups[:n-1]
		c.mu.Unlock()
		f()
	}
}

// B is the type passed to benchmark functions.
type B struct {
	common
	N               int
	previousN       int
	previousDur     time.Duration
	benchFunc       func(b *B)
	benchTime       time.Duration
	bytes           int64
	timerOn         bool
	showAllocResult bool
	result          BenchmarkResult
	startAllocs     uint64
	startBytes      uint64
	netAllocs       uint64
	netBytes        uint64
	extra           map[string]float64
	hasSub          bool
	context         *benchContext
	benchN          int // -test.benchtime=Nx
	parallelism     int // RunParallel's goroutines per GOMAXPROCS
}

// memStats is package-level so that reading it allocates nothing.
var memStats runtime.MemStats

var benchmarkLock sync.Mutex

// StartTimer starts timing (and counting allocations).
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing; StartTimer resumes it.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed time and allocation counters.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = make(map[string]float64, 16)
	} else {
		for k := range b.extra {
			delete(b.extra, k)
		}
	}
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the number of bytes processed in a single operation.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark.
func (b *B) ReportAllocs() {
	b.showAllocResult = true
}

// ReportMetric adds "n unit" to the reported results.
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) != -1 {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

func (b *B) runN(n int) {
	benchmarkLock.Lock()
	defer benchmarkLock.Unlock()
	defer b.runCleanup()
	runtime.GC() // start each run from a collected heap, as Go does
	b.N = n
	b.parallelism = 1
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousDur = b.duration
}

// run1 runs the function once with N=1 on its own goroutine (so FailNow's
// Goexit ends only that goroutine) and reports whether to go on.
func (b *B) run1() bool {
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	return !b.failed && !b.finished
}

func minInt64(x, y int64) int64 {
	if x > y {
		return y
	}
	return x
}

func maxInt64(x, y int64) int64 {
	if x < y {
		return y
	}
	return x
}

// launch grows N until a run lasts the bench time: the next N is the one
// the last run's speed predicts, plus a fifth, at most 100 times the last
// and at least one more, never above 1e9.
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if b.benchN > 0 {
		// -test.benchtime=Nx: exactly N iterations (the run of N=1 counts)
		if b.benchN > 1 {
			b.runN(b.benchN)
		}
		b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
		return
	}
	d := b.benchTime
	for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
		last := n
		prevIters := int64(b.N)
		prevns := b.duration.Nanoseconds()
		if prevns <= 0 {
			prevns = 1
		}
		n = d.Nanoseconds() * prevIters / prevns
		n += n / 5
		n = minInt64(n, 100*last)
		n = maxInt64(n, last+1)
		n = minInt64(n, 1e9)
		b.runN(int(n))
	}
	b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
}

// Benchmark benchmarks a single function, outside `go test`.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		common:    common{signal: make(chan bool)},
		benchFunc: f,
		benchTime: time.Second,
	}
	if b.run1() {
		go b.launch()
		<-b.signal
	}
	return b.result
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N         int           // The number of iterations.
	T         time.Duration // The total time taken.
	Bytes     int64         // Bytes processed in one iteration.
	MemAllocs uint64        // The total number of memory allocations.
	MemBytes  uint64        // The total number of bytes allocated.

	// Extra records additional metrics reported by ReportMetric.
	Extra map[string]float64
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the "allocs/op" metric, r.MemAllocs / r.N.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.Extra["allocs/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric, r.MemBytes / r.N.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.Extra["B/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String returns "N  ns/op" (and MB/s and extra metrics), as go test prints.
func (r BenchmarkResult) String() string {
	buf := new(strings.Builder)
	fmt.Fprintf(buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(buf, "\t%7.2f MB/s", mbs)
	}
	var keys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		buf.WriteByte('\t')
		prettyPrint(buf, r.Extra[k], k)
	}
	return buf.String()
}

// prettyPrint prints x with ten places before the point and four
// significant digits for small values, aligning the points.
func prettyPrint(w io.Writer, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(w, format, x, unit)
}

// MemString returns "B/op" and "allocs/op" as go test prints them.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// PB hands out the iterations of a RunParallel benchmark to its
// goroutines: each takes a grain of them at a time from the shared
// counter, and Next counts down its own share.
type PB struct {
	shared *uint64 // iterations handed out so far, by all goroutines
	grain  uint64  // how many one goroutine takes at a time
	left   uint64  // of this goroutine's current share
	total  uint64  // b.N
}

// Next reports whether there are more iterations to run.
func (pb *PB) Next() bool {
	if pb.left == 0 {
		taken := atomic.AddUint64(pb.shared, pb.grain)
		switch {
		case taken <= pb.total:
			pb.left = pb.grain
		case taken < pb.total+pb.grain:
			pb.left = pb.total + pb.grain - taken // the last, partial share
		default:
			return false
		}
	}
	pb.left--
	return true
}

// RunParallel runs body on parallelism*GOMAXPROCS goroutines, which
// share the b.N iterations through their PBs.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	// a grain of about 100µs of the previous run's iterations, at least
	// 1 and at most 1e4 (a loop body takes 10ns or more)
	grain := uint64(0)
	if b.previousN > 0 && b.previousDur > 0 {
		grain = 1e5 * uint64(b.previousN) / uint64(b.previousDur)
	}
	if grain < 1 {
		grain = 1
	}
	if grain > 1e4 {
		grain = 1e4
	}
	var taken uint64
	procs := b.parallelism * runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	wg.Add(procs)
	for p := 0; p < procs; p++ {
		go func() {
			defer wg.Done()
			body(&PB{shared: &taken, grain: grain, total: uint64(b.N)})
		}()
	}
	wg.Wait()
	if taken <= uint64(b.N) && !b.Failed() {
		// (go's message comes from its benchmark.go:793)
		b.logAt("benchmark.go", 793, "RunParallel: body exited without pb.Next() == false")
		b.FailNow()
	}
}

// SetParallelism sets RunParallel's goroutines to p*GOMAXPROCS (p >= 1).
func (b *B) SetParallelism(p int) {
	if p >= 1 {
		b.parallelism = p
	}
}
