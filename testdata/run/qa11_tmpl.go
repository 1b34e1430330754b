package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// A small template engine: {{name}}, {{name|upper}}, {{#each list}}...{{/each}}, {{?cond}}...{{/?}}

type Context map[string]interface{}

type Filter func(string) (string, error)

type Engine struct {
	filters map[string]Filter
	cache   map[string][]token
	hits    int
}

type tokKind int

const (
	tText tokKind = iota
	tVar
	tEach
	tEndEach
	tIf
	tEndIf
)

type token struct {
	kind    tokKind
	text    string
	filters []string
}

var ErrUnclosed = errors.New("unclosed tag")
var ErrUnknownFilter = errors.New("unknown filter")

func NewEngine() *Engine {
	e := &Engine{filters: map[string]Filter{}, cache: map[string][]token{}}
	e.filters["upper"] = func(s string) (string, error) { return strings.ToUpper(s), nil }
	e.filters["lower"] = func(s string) (string, error) { return strings.ToLower(s), nil }
	e.filters["title"] = func(s string) (string, error) {
		prev := ' '
		return strings.Map(func(r rune) rune {
			defer func() { prev = r }()
			if unicode.IsSpace(prev) {
				return unicode.ToUpper(r)
			}
			return r
		}, s), nil
	}
	e.filters["len"] = func(s string) (string, error) { return strconv.Itoa(len(s)), nil }
	e.filters["num"] = func(s string) (string, error) {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return "", fmt.Errorf("num filter: %w", err)
		}
		return strconv.FormatFloat(f, 'f', 2, 64), nil
	}
	return e
}

func (e *Engine) lex(src string) ([]token, error) {
	if toks, ok := e.cache[src]; ok {
		e.hits++
		return toks, nil
	}
	var toks []token
	for len(src) > 0 {
		i := strings.Index(src, "{{")
		if i < 0 {
			toks = append(toks, token{kind: tText, text: src})
			break
		}
		if i > 0 {
			toks = append(toks, token{kind: tText, text: src[:i]})
		}
		j := strings.Index(src[i:], "}}")
		if j < 0 {
			return nil, fmt.Errorf("at %d: %w", i, ErrUnclosed)
		}
		tag := strings.TrimSpace(src[i+2 : i+j])
		src = src[i+j+2:]
		switch {
		case strings.HasPrefix(tag, "#each "):
			toks = append(toks, token{kind: tEach, text: strings.TrimSpace(tag[6:])})
		case tag == "/each":
			toks = append(toks, token{kind: tEndEach})
		case strings.HasPrefix(tag, "?"):
			toks = append(toks, token{kind: tIf, text: tag[1:]})
		case tag == "/?":
			toks = append(toks, token{kind: tEndIf})
		default:
			parts := strings.Split(tag, "|")
			toks = append(toks, token{kind: tVar, text: parts[0], filters: parts[1:]})
		}
	}
	e.cache[src] = toks
	return toks, nil
}

func lookup(ctx Context, name string) (interface{}, bool) {
	var cur interface{} = ctx
	for _, part := range strings.Split(name, ".") {
		m, ok := cur.(Context)
		if !ok {
			return nil, false
		}
		if cur, ok = m[part]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func truthy(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case int:
		return x != 0
	case []Context:
		return len(x) > 0
	}
	return true
}

func (e *Engine) exec(toks []token, ctx Context, sb *strings.Builder) (int, error) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tText:
			sb.WriteString(t.text)
		case tVar:
			v, ok := lookup(ctx, t.text)
			if !ok {
				sb.WriteString("<" + t.text + "?>")
				continue
			}
			s := fmt.Sprint(v)
			for _, fname := range t.filters {
				f, ok := e.filters[fname]
				if !ok {
					return 0, fmt.Errorf("%q: %w", fname, ErrUnknownFilter)
				}
				var err error
				if s, err = f(s); err != nil {
					return 0, err
				}
			}
			sb.WriteString(s)
		case tEach, tIf:
			end := matching(toks, i)
			if end < 0 {
				return 0, fmt.Errorf("%s: %w", t.text, ErrUnclosed)
			}
			body := toks[i+1 : end]
			v, _ := lookup(ctx, t.text)
			if t.kind == tIf {
				if truthy(v) {
					if _, err := e.exec(body, ctx, sb); err != nil {
						return 0, err
					}
				}
			} else if items, ok := v.([]Context); ok {
				for n, item := range items {
					child := Context{"index": n + 1}
					for k, val := range ctx {
						child[k] = val
					}
					for k, val := range item {
						child[k] = val
					}
					if _, err := e.exec(body, child, sb); err != nil {
						return 0, err
					}
				}
			}
			i = end
		case tEndEach, tEndIf:
			return i, nil
		}
	}
	return len(toks), nil
}

func matching(toks []token, start int) int {
	depth := 0
	for i := start; i < len(toks); i++ {
		switch toks[i].kind {
		case tEach, tIf:
			depth++
		case tEndEach, tEndIf:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func (e *Engine) Render(src string, ctx Context) (string, error) {
	toks, err := e.lex(src)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	if _, err := e.exec(toks, ctx, &sb); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func main() {
	e := NewEngine()
	ctx := Context{
		"user":  Context{"name": "ada lovelace", "admin": true},
		"items": []Context{{"sku": "a1", "price": "3.5"}, {"sku": "b2", "price": "10"}},
		"empty": []Context{},
		"site":  "gosub",
	}
	tmpls := []string{
		"Hello {{user.name|title}} from {{site|upper}}!",
		"{{#each items}}{{index}}. {{sku|upper}} ${{price|num}}\n{{/each}}",
		"{{?user.admin}}[admin]{{/?}}{{?missing}}never{{/?}}{{?empty}}none{{/?}} len={{site|len}}",
		"{{nope}} and {{user.nope}}",
		"bad {{site|reverse}}",
		"unclosed {{site",
		"{{#each items}}{{price|num}} {{sku|num}}{{/each}}",
		"{{#each items}}no end",
		"Hello {{user.name|title}} from {{site|upper}}!",
	}
	for _, t := range tmpls {
		out, err := e.Render(t, ctx)
		var ne interface{ Unwrap() error }
		switch {
		case errors.Is(err, ErrUnknownFilter):
			fmt.Println("filter error:", err)
		case errors.Is(err, ErrUnclosed):
			fmt.Println("syntax error:", err)
		case errors.As(err, &ne):
			fmt.Println("wrapped:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("%q\n", out)
		}
	}
	keys := make([]string, 0, len(e.filters))
	for k := range e.filters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, "cache hits:", e.hits, "cached:", len(e.cache))
}
