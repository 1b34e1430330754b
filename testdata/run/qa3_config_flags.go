// Parsing a service configuration from command-line style arguments with a
// flag.FlagSet (fed a fixed argument list), a custom flag.Value for a list
// of sizes like "64KiB,1MiB", strconv for the numbers, and errors that say
// which flag was wrong.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type ByteSize int64

func (b ByteSize) String() string {
	switch {
	case b >= 1<<30 && b%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", b>>30)
	case b >= 1<<20 && b%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", b>>20)
	case b >= 1<<10 && b%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", b>>10)
	}
	return fmt.Sprintf("%dB", int64(b))
}

var ErrBadSize = errors.New("bad size")

func ParseSize(s string) (ByteSize, error) {
	units := []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}}
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			n, err := strconv.ParseInt(strings.TrimSuffix(s, u.suffix), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("%w %q: %v", ErrBadSize, s, err)
			}
			return ByteSize(n * u.mult), nil
		}
	}
	return 0, fmt.Errorf("%w %q: missing unit", ErrBadSize, s)
}

type sizeList []ByteSize

func (l *sizeList) String() string {
	parts := make([]string, len(*l))
	for i, b := range *l {
		parts[i] = b.String()
	}
	return strings.Join(parts, ",")
}

func (l *sizeList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		b, err := ParseSize(strings.TrimSpace(p))
		if err != nil {
			return err
		}
		*l = append(*l, b)
	}
	return nil
}

type Config struct {
	Name     string
	Workers  int
	Ratio    float64
	Verbose  bool
	Timeout  time.Duration
	Buffers  sizeList
	Limit    uint64
	Rest     []string
}

func parse(args []string, out io.Writer) (*Config, error) {
	cfg := &Config{}
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&cfg.Name, "name", "svc", "service `name`")
	fs.IntVar(&cfg.Workers, "workers", 4, "number of workers")
	fs.Float64Var(&cfg.Ratio, "ratio", 0.5, "GC ratio")
	fs.BoolVar(&cfg.Verbose, "v", false, "verbose output")
	fs.DurationVar(&cfg.Timeout, "timeout", 2*time.Second, "request timeout")
	fs.Var(&cfg.Buffers, "buffers", "comma-separated buffer sizes")
	fs.Uint64Var(&cfg.Limit, "limit", 1<<20, "memory limit in bytes")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	cfg.Rest = fs.Args()
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name) })
	sort.Strings(set)
	fmt.Fprintf(out, "explicitly set: %v (NFlag=%d NArg=%d)\n", set, fs.NFlag(), fs.NArg())
	return cfg, nil
}

func main() {
	runs := [][]string{
		{},
		{"-name=cache", "-workers", "16", "-v", "-timeout=1m30s", "-buffers", "64KiB,1MiB", "-buffers=2GiB", "extra", "args"},
		{"-workers=many"},
		{"-buffers=12XB"},
		{"-ratio", "1e-2", "--limit", "0x100", "--", "-notaflag"},
		{"-unknown"},
		{"-h"},
	}
	for i, args := range runs {
		fmt.Printf("--- run %d: %q\n", i, args)
		cfg, err := parse(args, os.Stdout)
		if err != nil {
			fmt.Println("error:", err, "| help:", errors.Is(err, flag.ErrHelp), "| size:", errors.Is(err, ErrBadSize))
			continue
		}
		fmt.Printf("%+v buffers=%v\n", *cfg, cfg.Buffers.String())
	}

	for _, s := range []string{"42", "-0x1F", "0b101", "0o17", "1_000_000", "9223372036854775808", "12a", ""} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	for _, s := range []string{"3.14", "1e400", "-inf", "NaN", "0x1p-2", ".5", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatFloat(1.0/3, 'e', 4, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.Quote("tab\t\"q\" é"), strconv.QuoteToASCII("é☺"))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 2)), strconv.IntSize)
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
}
