// The test runner behind `gosub test`: T, M, subtests, the -test.*
// flags, and Go 1.19's report format.  The go command's test main calls
// MainStart and M.Run; gosub's driver generates the same kind of file.
//
// Each test runs on a goroutine of its own (FailNow and SkipNow end it
// with runtime.Goexit); its parent waits on the test's signal channel.
// Without -v a test's log lines are kept and printed under its
// "--- FAIL" line, a subtest's indented four spaces into its parent's;
// with -v (chatty) they are printed as they come, and "=== RUN" and
// "=== CONT" lines say which test is speaking.
package testing

import (
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// T is the type passed to test functions.
type T struct {
	common
	signal chan bool

	// t.Parallel: the test pauses until the function of its parent (or,
	// for a top-level test, every top-level test) has returned; the paused
	// tests then run, one after another, in the order they paused.
	parallel bool
	resume   chan bool
	parentT  *T
	paused   []*T
	hasSub   bool // t.Run was called (even for a subtest filtered out)
	isEnvSet bool // t.Setenv was called: t.Parallel may not be
}

var rootPaused []*T

// InternalTest is a test function of the package, by name.
type InternalTest struct {
	Name string
	F    func(*T)
}

// InternalBenchmark is a benchmark function of the package, by name.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// InternalExample is an example function with its expected output.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// M is the type passed to a TestMain function.
type M struct {
	importPath string
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
	ran        bool
}

var (
	flagVerbose      bool
	flagRun          string
	flagBench        string
	flagBenchMem     bool
	flagShort        bool
	flagFailFast     bool
	flagCount        = 1
	flagCountU       uint
	flagPanicOnExit0 bool
	flagTimeout      time.Duration
	flagList         string
	flagShuffle      string
	deadline         time.Time // of -test.timeout, for T.Deadline
	flagBenchTime    = time.Second
	flagBenchN       int
	flagsParsed      bool
	anyFailed        bool

	chattyMu   sync.Mutex
	chattyLast string
)

// Short reports whether -test.short is set.
func Short() bool { return flagShort }

// Verbose reports whether -test.v is set.
func Verbose() bool { return flagVerbose }

// Testing reports whether the program is a test binary.
func Testing() bool { return flagsParsed }

// MainStart is called by the generated test main.
func MainStart(importPath string, tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	registerFlags()
	// The first stack symbolization starts the runtime's symbolizer: here,
	// not inside the first test that logs (it would show in its time).
	// (through caller, for the line tables of this package's code too)
	new(common).caller()
	return &M{importPath: importPath, tests: tests, benchmarks: benchmarks, examples: examples}
}

// ExitCode is the status the generated test main exits with after a
// TestMain returns (Go's test main reads M's exit code by reflection).
func ExitCode(m *M) int {
	if !m.ran {
		return 0
	}
	return m.exitCode
}

// registerFlags declares the -test.* flags on flag.CommandLine, as go's
// testing.Init does, so that a TestMain calling flag.Parse accepts them
// (and its usage message lists them).  Only some have an effect here.
func registerFlags() {
	if flag.Lookup("test.v") != nil {
		return
	}
	flag.StringVar(&flagBench, "test.bench", "", "run only benchmarks matching `regexp`")
	flag.BoolVar(&flagBenchMem, "test.benchmem", false, "print memory allocations for benchmarks")
	flag.Var(&benchTime, "test.benchtime", "run each benchmark for duration `d`")
	flag.String("test.fuzz", "", "run the fuzz test matching `regexp`")
	flag.Var(&countOrDuration{}, "test.fuzztime", "time to spend fuzzing; default is to run indefinitely")
	flag.Var(&countOrDuration{d: time.Minute}, "test.fuzzminimizetime", "time to spend minimizing a value after finding a failing input")
	flag.String("test.fuzzcachedir", "", "directory where interesting fuzzing inputs are stored (for use only by cmd/go)")
	flag.Bool("test.fuzzworker", false, "coordinate with the parent process to fuzz random values (for use only by cmd/go)")
	flag.BoolVar(&flagShort, "test.short", false, "run smaller test suite to save time")
	flag.BoolVar(&flagFailFast, "test.failfast", false, "do not start new tests after the first test failure")
	flag.String("test.outputdir", "", "write profiles to `dir`")
	flag.BoolVar(&flagVerbose, "test.v", false, "verbose: print additional output")
	flag.UintVar(&flagCountU, "test.count", 1, "run tests and benchmarks `n` times")
	flag.String("test.coverprofile", "", "write a coverage profile to `file`")
	flag.StringVar(&flagList, "test.list", "", "list tests, examples, and benchmarks matching `regexp` then exit")
	flag.StringVar(&flagRun, "test.run", "", "run only tests and examples matching `regexp`")
	flag.String("test.memprofile", "", "write an allocation profile to `file`")
	flag.Int("test.memprofilerate", 0, "set memory allocation profiling `rate` (see runtime.MemProfileRate)")
	flag.String("test.cpuprofile", "", "write a cpu profile to `file`")
	flag.String("test.blockprofile", "", "write a goroutine blocking profile to `file`")
	flag.Int("test.blockprofilerate", 1, "set blocking profile `rate` (see runtime.SetBlockProfileRate)")
	flag.String("test.mutexprofile", "", "write a mutex contention profile to the named file after execution")
	flag.Int("test.mutexprofilefraction", 1, "if >= 0, calls runtime.SetMutexProfileFraction()")
	flag.BoolVar(&flagPanicOnExit0, "test.paniconexit0", false, "panic on call to os.Exit(0)")
	flag.String("test.trace", "", "write an execution trace to `file`")
	flag.DurationVar(&flagTimeout, "test.timeout", 0, "panic test binary after duration `d` (default 0, timeout disabled)")
	flag.String("test.cpu", "", "comma-separated `list` of cpu counts to run each test with")
	flag.Int("test.parallel", runtime.GOMAXPROCS(0), "run at most `n` tests in parallel")
	flag.String("test.testlogfile", "", "write test action log to `file` (for use only by cmd/go)")
	flag.StringVar(&flagShuffle, "test.shuffle", "off", "randomize the execution order of tests and benchmarks")
}

// countOrDuration is the value of -test.benchtime (and the fuzzing
// times): a duration, or a count written "Nx".
type countOrDuration struct {
	d time.Duration
	n int
}

var benchTime = countOrDuration{d: time.Second}

func (f *countOrDuration) String() string {
	if f.n > 0 {
		return fmt.Sprintf("%dx", f.n)
	}
	return f.d.String()
}

func (f *countOrDuration) Set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n <= 0 {
			return fmt.Errorf("invalid count")
		}
		*f = countOrDuration{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return fmt.Errorf("invalid duration")
	}
	*f = countOrDuration{d: d}
	return nil
}

// parseFlags parses the command line unless a TestMain already did.
func parseFlags() {
	if flagsParsed {
		return
	}
	registerFlags()
	if !flag.Parsed() {
		flag.Parse()
	}
	flagsParsed = true
	flagCount = int(flagCountU)
	flagBenchTime, flagBenchN = benchTime.d, benchTime.n
}

// Run runs the tests and benchmarks; it returns the exit status.
func (m *M) Run() int {
	m.ran = true
	parseFlags()
	if flagList != "" {
		m.list()
		m.exitCode = 0
		return 0
	}
	if flagShuffle != "off" {
		var seed int64
		if flagShuffle == "on" {
			seed = time.Now().UnixNano()
		} else {
			var err error
			if seed, err = strconv.ParseInt(flagShuffle, 10, 64); err != nil {
				fmt.Fprintln(os.Stderr, `testing: -shuffle should be "off", "on", or a valid integer:`, err)
				m.exitCode = 2
				return 2
			}
		}
		// go's order: the tests, then the benchmarks, from one source
		fmt.Println("-test.shuffle", seed)
		rng := rand.New(rand.NewSource(seed))
		rng.Shuffle(len(m.tests), func(i, j int) { m.tests[i], m.tests[j] = m.tests[j], m.tests[i] })
		rng.Shuffle(len(m.benchmarks), func(i, j int) { m.benchmarks[i], m.benchmarks[j] = m.benchmarks[j], m.benchmarks[i] })
	}
	if flagTimeout > 0 {
		// go's alarm: the whole run may take -test.timeout
		deadline = time.Now().Add(flagTimeout)
		alarm := time.AfterFunc(flagTimeout, func() {
			panic(fmt.Sprintf("test timed out after %v", flagTimeout))
		})
		defer alarm.Stop()
	}
	if flagPanicOnExit0 {
		// while the tests run (not in TestMain before or after)
		setPanicOnExit0(true)
		defer setPanicOnExit0(false)
	}
	testOk, testRan := runTests(m.tests)
	exampleRan, exampleOk := runExamples(m.examples)
	ok := testOk && exampleOk
	if !testRan && !exampleRan && flagBench == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if ok && flagBench != "" {
		ok = runBenchmarks(m.importPath, m.benchmarks)
	}
	if !ok {
		fmt.Println("FAIL")
		m.exitCode = 1
		return 1
	}
	fmt.Println("PASS")
	m.exitCode = 0
	return 0
}

// list prints the names -test.list matches: tests, benchmarks, then
// examples (with an output comment), as go's listTests.
func (m *M) list() {
	if _, err := reCompile(flagList); err != "" {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", flagList, err)
		os.Exit(1)
	}
	for _, t := range m.tests {
		if reMatch(flagList, t.Name) {
			fmt.Println(t.Name)
		}
	}
	for _, b := range m.benchmarks {
		if reMatch(flagList, b.Name) {
			fmt.Println(b.Name)
		}
	}
	for _, eg := range m.examples {
		if reMatch(flagList, eg.Name) {
			fmt.Println(eg.Name)
		}
	}
}

func runTests(tests []InternalTest) (ok, ran bool) {
	ok = true
	var all []*T
	for n := 0; n < flagCount; n++ {
		if flagFailFast && anyFailed {
			break
		}
		if n > 0 && !leafRan {
			break // nothing ran: another round would not either
		}
		verifyPattern(flagRun, "-test.run")
		// Each round of -count has a matcher of its own in go: the
		// subtests' names start again without "#NN" suffixes.
		subNamesMu.Lock()
		subNames = map[string]int{}
		subNamesMu.Unlock()
		for _, test := range tests {
			if flagFailFast && anyFailed {
				break
			}
			if !matchPattern(flagRun, test.Name) {
				continue
			}
			t := &T{common: common{name: test.Name, chatty: flagVerbose}, signal: make(chan bool, 1)}
			runTest(t, test.F)
			all = append(all, t)
		}
		runPaused(&rootPaused)
	}
	for _, t := range all {
		if t.Failed() {
			ok = false
		}
	}
	return ok, leafRan
}

// leafRan: a test without subtests (or whose subtests were all
// filtered out, go's hasSub) has run; else go warns "no tests to run".
var leafRan bool

// runPaused lets the paused parallel tests run, one after another.
func runPaused(paused *[]*T) {
	for len(*paused) > 0 {
		t := (*paused)[0]
		*paused = (*paused)[1:]
		t.resume <- true
		<-t.signal
	}
}

// Parallel marks t as a test to run in parallel with the other parallel
// tests of its parent; it pauses t until its parent's function returns.
// (gosub then runs them one after another.)
func (t *T) Parallel() {
	if t.parallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isEnvSet {
		panic("testing: t.Parallel called after t.Setenv; cannot set environment variables in parallel tests")
	}
	t.parallel = true
	t.duration += time.Since(t.start)
	if t.parentT != nil {
		t.parentT.paused = append(t.parentT.paused, t)
	} else {
		rootPaused = append(rootPaused, t)
	}
	if t.chatty {
		chattyUpdate(t.name, "=== PAUSE "+t.name+"\n")
	}
	t.resume = make(chan bool)
	t.signal <- true // the parent goes on
	<-t.resume
	if t.chatty {
		chattyUpdate(t.name, "=== CONT  "+t.name+"\n")
	}
	t.start = time.Now()
}

// runTest runs fn on t's own goroutine and waits for it.
func runTest(t *T, fn func(*T)) {
	if t.chatty {
		chattyUpdate(t.name, "=== RUN   "+t.name+"\n")
	}
	t.start = time.Now()
	go tRunner(t, fn)
	if !<-t.signal {
		// a subtest called FailNow of this test (or an outer one):
		// the abort goes on up the chain
		runtime.Goexit()
	}
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// tRunner runs fn as test t and reports it, as go's tRunner: the
// cleanups run in a deferred call of their own (a panic or a FailNow in
// one leaves the others to run), then a panic -- of the test, of a
// cleanup, or a Goexit that was no FailNow/SkipNow -- fails the test, is
// reported up to the root and goes on; else t reports and signals its
// parent.
func tRunner(t *T, fn func(*T)) {
	defer func() {
		err := recover()
		signal := true
		if !t.isFinished() && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				if p.isFinished() {
					// (go's message comes from its testing.go:1343)
					t.logAt("testing.go", 1343, fmt.Sprintf("%v: subtest may have called FailNow on a parent test", err))
					t.Fail()
					err = nil
					signal = false
					break
				}
			}
		}
		didPanic := false
		defer func() {
			if didPanic {
				return
			}
			if err != nil {
				panic(err)
			}
			t.signal <- signal
		}()
		doPanic := func(err any) {
			// the test's cleanups run (a panic in one is logged), then
			// each test up to the root is reported, its parent's
			// cleanups running after that report and before its own
			t.Fail()
			if r := t.cleanupRecovered(); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for c := &t.common; c != nil; c = c.parent {
				c.duration += time.Since(c.start)
				c.report()
				c.done = true
				if c.parent != nil {
					if r := c.parent.cleanupRecovered(); r != nil {
						fmt.Printf("cleanup panicked with %v", r)
					}
				}
			}
			didPanic = true
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.paused) > 0 {
			// its parallel subtests, before its cleanups and report
			runPaused(&t.paused)
			start := time.Now()
			r := t.cleanupRecovered()
			t.duration += time.Since(start)
			if r != nil {
				doPanic(r)
			}
		}
		t.report()
		t.mu.Lock()
		t.done = true
		if !t.hasSub {
			leafRan = true
		}
		t.mu.Unlock()
		if t.Failed() {
			anyFailed = true
		}
	}()
	defer func() {
		if len(t.paused) == 0 {
			t.runCleanup()
		}
	}()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

func (c *common) isFinished() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.finished
}

// Run runs f as a subtest of t called name, on a goroutine of its own,
// and waits for it.  It reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	t.mu.Lock()
	t.hasSub = true
	t.mu.Unlock()
	full := t.subName(name)
	if !matchPattern(flagRun, full) || flagFailFast && anyFailed {
		return true
	}
	sub := &T{common: common{name: full, parent: &t.common, level: t.level + 1, chatty: t.chatty}, signal: make(chan bool, 1), parentT: t}
	runTest(sub, f)
	return !sub.Failed()
}

// Setenv sets an environment variable for the test's duration.
func (t *T) Setenv(key, value string) {
	// the environment is the process's: not in a parallel test, nor in
	// a subtest of one
	for p := t; p != nil; p = p.parentT {
		if p.parallel {
			panic("testing: t.Setenv called after t.Parallel; cannot set environment variables in parallel tests")
		}
	}
	t.isEnvSet = true
	t.common.Setenv(key, value)
}

// Setenv sets an environment variable until the test or benchmark
// ends (its cleanup restores the old value).
func (c *common) Setenv(key, value string) {
	prev, had := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	c.Cleanup(func() {
		if had {
			os.Setenv(key, prev)
		} else {
			os.Unsetenv(key)
		}
	})
}

// TB is the interface common to T and B (its unexported method keeps
// other implementations out, as in go).
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

func (c *common) private() {}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

// Init declares the -test.* flags (the generated test main does; a
// program that uses package testing outside go test may).
func Init() { registerFlags() }

// Deadline reports when the test binary will exceed -test.timeout
// (go test passes 10m0s by default); ok is false without a timeout.
func (t *T) Deadline() (time.Time, bool) { return deadline, !deadline.IsZero() }

// subName is the unique full name of t's subtest called name (Go's
// matcher.unique): white space becomes underscores, unprintable runes
// their escapes, and a name used before (or an empty one) gets a "#NN"
// suffix, the count of its earlier uses.
func (t *T) subName(name string) string { return uniqueName(t.name, name) }

func uniqueName(parent, name string) string {
	sub := rewrite(name)
	full := parent + "/" + sub
	empty := sub == ""
	subNamesMu.Lock()
	defer subNamesMu.Unlock()
	for {
		next, used := subNames[full]
		if !empty && !used {
			subNames[full] = 1
			return full
		}
		subNames[full] = next + 1
		full = fmt.Sprintf("%s#%02d", full, next)
		empty = false
	}
}

// rewrite spells a subtest's name: white space as underscores,
// unprintable runes as their escapes.
func rewrite(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte('_')
		case !strconv.IsPrint(r):
			s := strconv.QuoteRune(r)
			b.WriteString(s[1 : len(s)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	subNamesMu sync.Mutex
	subNames   = map[string]int{}
)

// report prints (or hands to the parent) the test's result line and its
// kept output.
func (c *common) report() {
	dur := fmt.Sprintf("%.2fs", c.duration.Seconds())
	status := ""
	switch {
	case c.Failed():
		status = "FAIL"
	case !c.chatty:
		return
	case c.Skipped():
		status = "SKIP"
	default:
		status = "PASS"
	}
	c.mu.Lock()
	out := c.output
	c.output = nil
	c.mu.Unlock()
	text := "--- " + status + ": " + c.name + " (" + dur + ")\n" + string(out)
	if c.parent == nil {
		if c.chatty {
			chattyUpdate(c.name, text)
		} else {
			fmt.Print(text)
		}
		return
	}
	// into the parent's output, each line indented four spaces
	p := c.parent
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		b.WriteString("    ")
		b.WriteString(line)
	}
	p.mu.Lock()
	p.output = append(p.output, b.String()...)
	p.mu.Unlock()
}

// chattyPrint prints a log line of test name under -v, after a
// "=== CONT" line when another test spoke last.
func chattyPrint(name, s string) {
	chattyMu.Lock()
	defer chattyMu.Unlock()
	if chattyLast == "" {
		chattyLast = name
	} else if chattyLast != name {
		fmt.Printf("=== CONT  %s\n", name)
		chattyLast = name
	}
	fmt.Print(s)
}

// chattyUpdate prints a status line of test name under -v.
func chattyUpdate(name, s string) {
	chattyMu.Lock()
	defer chattyMu.Unlock()
	chattyLast = name
	fmt.Print(s)
}

// matchPattern reports whether the test name matches the -run (or
// -bench) pattern, by go's rule: the pattern's top-level | separates
// alternatives, each a list of slash-separated regular expressions that
// match the name's levels (unanchored; a name with fewer levels than the
// list matches, and so do deeper levels).
func matchPattern(pattern, name string) bool {
	ok, _ := matchLevels(pattern, name)
	return ok
}

// matchLevels is matchPattern that also reports a partial match: the
// name has fewer levels than the alternative it matched.
func matchLevels(pattern, name string) (ok, partial bool) {
	if pattern == "" {
		return true, false
	}
	names := strings.Split(name, "/")
	for _, alt := range splitPattern(pattern) {
		ok := true
		for i, n := range names {
			if i >= len(alt) {
				break
			}
			if !reMatch(rewrite(alt[i]), n) {
				ok = false
				break
			}
		}
		if ok {
			return true, len(names) < len(alt)
		}
	}
	return false, false
}

// verifyPattern ends the program as go's newMatcher does when an
// element of a -test.run or -test.bench pattern is no regular expression.
func verifyPattern(pattern, flagName string) {
	if pattern == "" {
		return
	}
	alts := splitPattern(pattern)
	for ai, alt := range alts {
		for ei, el := range alt {
			el = rewrite(el)
			if _, err := reCompile(el); err != "" {
				where := ""
				if len(alts) > 1 {
					where = fmt.Sprintf("alternation %d of ", ai)
				}
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for %selement %d of %s (%q): %s\n", where, ei, flagName, el, err)
				os.Exit(1)
			}
		}
	}
}

// splitPattern splits the pattern at the slashes and bars outside
// brackets and parentheses: alternatives of slash-separated parts.
func splitPattern(s string) [][]string {
	var alts [][]string
	var parts []string
	inClass, depth := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			inClass++
		case ']':
			if inClass--; inClass < 0 {
				inClass = 0
			}
		case '(':
			if inClass == 0 {
				depth++
			}
		case ')':
			if inClass == 0 {
				depth--
			}
		case '\\':
			i++
		case '/', '|':
			if inClass == 0 && depth == 0 {
				parts = append(parts, s[:i])
				if s[i] == '|' {
					alts = append(alts, parts)
					parts = nil
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	return append(alts, append(parts, s))
}

// runExamples runs the examples -test.run matches (the whole name, one
// regular expression), each with its standard output captured.
func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		if flagRun != "" && !reMatch(flagRun, eg.Name) {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

// setPanicOnExit0 makes os.Exit(0) panic (go's testlog.SetPanicOnExit0).
//
//extern go_testing_setPanicOnExit0
func setPanicOnExit0(on bool)

//extern go_testing_captureStart
func captureStart() bool

//extern go_testing_captureEnd
func captureEnd() string

func runExample(eg InternalExample) (ok bool) {
	if flagVerbose {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captured := captureStart()
	finished := false
	start := time.Now()
	defer func() {
		spent := time.Since(start)
		out := ""
		if captured {
			out = captureEnd()
		}
		err := recover()
		ok = eg.result(out, spent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) result(stdout string, spent time.Duration, finished bool, recovered any) bool {
	passed := true
	fail := ""
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	dur := fmt.Sprintf("%.2fs", spent.Seconds())
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dur, fail)
		passed = false
	} else if flagVerbose {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dur)
	}
	if recovered != nil {
		panic(recovered)
	}
	if !finished {
		panic("test executed panic(nil) or runtime.Goexit")
	}
	return passed
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// benchContext is what the benchmarks of one run share: the width of
// the name column and the package's import path for the "pkg:" label.
type benchContext struct {
	maxLen, extLen int
	importPath     string
}

var labelsOnce sync.Once

func printLabels(importPath string) {
	labelsOnce.Do(func() {
		fmt.Printf("goos: %s\ngoarch: %s\n", runtime.GOOS, runtime.GOARCH)
		if importPath != "" {
			fmt.Printf("pkg: %s\n", importPath)
		}
		if cpu := cpuName(); cpu != "" {
			fmt.Printf("cpu: %s\n", cpu)
		}
	})
}

// runBenchmarks runs the benchmarks -test.bench matches as go test
// does: as sub-benchmarks of one "Main" benchmark run once.
func runBenchmarks(importPath string, benchmarks []InternalBenchmark) bool {
	verifyPattern(flagBench, "-test.bench")
	procs := runtime.GOMAXPROCS(-1)
	ctx := &benchContext{extLen: len(benchName("", procs)), importPath: importPath}
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if ok, _ := matchLevels(flagBench, bm.Name); ok {
			bs = append(bs, bm)
			if l := len(benchName(bm.Name, procs)) + ctx.extLen + 1; l > ctx.maxLen {
				ctx.maxLen = l
			}
		}
	}
	main := &B{
		common: common{name: "Main", signal: make(chan bool), bench: true},
		benchFunc: func(b *B) {
			for _, bm := range bs {
				b.Run(bm.Name, bm.F)
			}
		},
		benchTime: flagBenchTime,
		benchN:    flagBenchN,
		context:   ctx,
	}
	main.chatty = flagVerbose
	main.runN(1)
	return !main.failed
}

// Run benchmarks f as a sub-benchmark of b called name; b is then not
// timed itself.  It reports whether f succeeded.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	// b's runN holds the lock the sub-benchmark's runs take
	benchmarkLock.Unlock()
	defer benchmarkLock.Lock()
	full := name
	if b.level > 0 {
		full = uniqueName(b.name, name)
	}
	ok, partial := matchLevels(flagBench, full)
	if !ok {
		return true
	}
	sub := &B{
		common:    common{signal: make(chan bool), name: full, parent: &b.common, level: b.level + 1, bench: true, chatty: b.chatty},
		benchFunc: f,
		benchTime: b.benchTime,
		benchN:    b.benchN,
		context:   b.context,
	}
	sub.hasSub = partial // -bench=X/Y and BenchmarkX: only X's sub-benchmarks run
	if b.chatty {
		printLabels(b.importPath())
		fmt.Println(full)
	}
	if sub.runFirst() {
		printLabels(b.importPath())
		sub.processBench()
	}
	return !sub.failed
}

func (b *B) importPath() string {
	if b.context == nil {
		return ""
	}
	return b.context.importPath
}

// runFirst runs the benchmark once with N=1 and reports whether to
// measure it: not when it failed, ended early or ran sub-benchmarks.
func (b *B) runFirst() bool {
	if ctx := b.context; ctx != nil {
		if n := len(b.name) + ctx.extLen + 1; n > ctx.maxLen {
			ctx.maxLen = n + 8 // slack, as go: fewer jumps in the column's width
		}
	}
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, string(b.output))
		return false
	}
	if b.hasSub || b.isFinished() {
		tag := "BENCH"
		if b.Skipped() {
			tag = "SKIP"
		}
		if b.chatty && (len(b.output) > 0 || b.isFinished()) {
			b.trimOutput()
			fmt.Printf("--- %s: %s\n%s", tag, b.name, string(b.output))
		}
		return false
	}
	return true
}

// processBench measures the benchmark (-test.count times) and prints
// its line, and its output after a "--- BENCH" line.
func (b *B) processBench() {
	procs := runtime.GOMAXPROCS(-1)
	for n := 0; n < flagCount; n++ {
		name := benchName(b.name, procs)
		if !b.chatty {
			fmt.Printf("%-*s\t", b.context.maxLen, name)
		}
		if n > 0 {
			b = &B{common: common{signal: make(chan bool), name: b.name, bench: true, chatty: b.chatty}, benchFunc: b.benchFunc, benchTime: b.benchTime, benchN: b.benchN, context: b.context}
			b.runFirst()
		}
		go b.launch()
		<-b.signal
		r := b.result
		if b.failed {
			fmt.Printf("--- FAIL: %s\n%s", name, string(b.output))
			continue
		}
		results := r.String()
		if b.chatty {
			fmt.Printf("%-*s\t", b.context.maxLen, name)
		}
		if flagBenchMem || b.showAllocResult {
			results += "\t" + r.MemString()
		}
		fmt.Println(results)
		if len(b.output) > 0 {
			b.trimOutput()
			fmt.Printf("--- BENCH: %s\n%s", name, string(b.output))
		}
	}
}

// trimOutput keeps the first ten lines of a benchmark's output.
func (b *B) trimOutput() {
	for lines, j := 0, 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			lines++
			if lines >= 10 {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

func benchName(name string, procs int) string {
	if procs == 1 {
		return name
	}
	return fmt.Sprintf("%s-%d", name, procs)
}

//extern go_testing_cpuName
func cpuBrand() string

// cpuName is the processor's brand string, else the "model name" line of
// /proc/cpuinfo, as Go prints it.
func cpuName() string {
	if s := cpuBrand(); s != "" {
		return s
	}
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimLeft(v, " \t")
		}
	}
	return ""
}

// TempDir returns a new directory for the test (or benchmark) to use,
// removed with everything in it when the test and its subtests end: as
// Go's, NNN directories under one directory named after the test.
func (c *common) TempDir() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tempDir == "" {
		pattern := strings.Map(func(r rune) rune {
			if r < utf8.RuneSelf && (('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')) || unicode.IsLetter(r) || unicode.IsNumber(r) {
				return r
			}
			return -1
		}, c.name)
		if len(pattern) > 64 {
			pattern = pattern[:64]
		}
		dir, err := os.MkdirTemp("", pattern)
		if err != nil {
			c.mu.Unlock()
			c.Fatalf("TempDir: %v", err)
		}
		c.tempDir = dir
		c.cleanups = append(c.cleanups, func() { os.RemoveAll(dir) })
	}
	c.tempDirSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempDirSeq)
	if err := os.Mkdir(dir, 0777); err != nil {
		c.mu.Unlock()
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}
