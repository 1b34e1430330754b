package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Config map[string]map[string]string

func Parse(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	var cont strings.Builder
	contKey := ""
	for sc.Scan() {
		line++
		raw := sc.Text()
		if contKey != "" {
			cont.WriteString(strings.TrimSpace(strings.TrimSuffix(raw, "\\")))
			if !strings.HasSuffix(raw, "\\") {
				cfg[section][contKey] = cont.String()
				contKey = ""
				cont.Reset()
			}
			continue
		}
		text := strings.TrimSpace(raw)
		if i := strings.IndexAny(text, ";#"); i >= 0 {
			text = strings.TrimSpace(text[:i])
		}
		switch {
		case text == "":
			continue
		case strings.HasPrefix(text, "["):
			if !strings.HasSuffix(text, "]") {
				errs = append(errs, &ParseError{line, "unterminated section header"})
				continue
			}
			section = strings.ToLower(strings.TrimSpace(text[1 : len(text)-1]))
			if _, dup := cfg[section]; dup {
				errs = append(errs, &ParseError{line, "duplicate section " + strconv.Quote(section)})
			}
			cfg[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(text, "=")
			if !ok {
				errs = append(errs, &ParseError{line, fmt.Sprintf("expected key=value, got %q", text)})
				continue
			}
			k = strings.ToLower(strings.TrimSpace(k))
			v = strings.TrimSpace(v)
			if strings.HasSuffix(v, "\\") {
				contKey = k
				cont.WriteString(strings.TrimSpace(strings.TrimSuffix(v, "\\")))
				continue
			}
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cfg[section][k] = v
		}
	}
	return cfg, errs
}

func (c Config) Int(sec, key string, def int) (int, error) {
	v, ok := c[sec][key]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("[%s] %s: %w", sec, key, err)
	}
	return n, nil
}

func (c Config) Duration(sec, key string) (time.Duration, error) {
	return time.ParseDuration(c[sec][key])
}

func (c Config) Bool(sec, key string) bool {
	b, _ := strconv.ParseBool(c[sec][key])
	return b
}

const sample = `
; global settings
name = demo app
version = 3

[Server]
host = 0.0.0.0   # all interfaces
port = 8080
timeout = 2m30s
motd = "hello\tworld"
debug = true

[database]
dsn = postgres://user@localhost/db?\
      sslmode=disable&\
      pool=5
retries = three
[broken
just some words
[server]
port = 9090
`

func main() {
	cfg, errs := Parse(sample)
	for _, e := range errs {
		var pe *ParseError
		fmt.Println("error:", e, errors.As(e, &pe) && pe.Line > 10)
	}
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	port, err := cfg.Int("server", "port", 80)
	fmt.Println("port", port, err)
	r, err := cfg.Int("database", "retries", 1)
	fmt.Println("retries", r, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
	d, err := cfg.Duration("server", "timeout")
	fmt.Println(d, err, d.Seconds())
	_, err = cfg.Duration("server", "missing")
	fmt.Println(err)
	fmt.Println(cfg.Bool("server", "debug"), cfg.Bool("", "name"))
	v, _ := cfg.Int("", "version", 0)
	fmt.Println("version", v)
}
