// Command gentags turns Go 1.19's `-m=2` escape output for standard
// packages into gosub's recorded parameter tag table (escape/stdlib_tags.inc).
//
// Input (stdin): lines "FILE:LINE:COL: message" from
//   go build -a -gcflags='PKG=-m=2' PKG
// Only parameter facts are used:
//   "parameter p leaks to X with derefs=N:"       -> heap derefs (minimum), unless
//                                                    X is one of p's function's results
//     (gc records a leak to any location that outlives the parameter, e.g.
//     "{storage for &T{...}}" that escapes, as a heap leak)
//   "leaking param: p"                            -> heap derefs 0
//   "leaking param content: p"                    -> heap derefs >= 1
//   "leaking param: p to result R level=N"        -> result R derefs N
//   "p does not escape"                           -> nothing leaks
//   "moved to heap: p"                            -> heap derefs 0 (no tag message then)
// Each position is mapped back to its function declaration with go/parser
// to name the function as gc does ("strings.(*Builder).WriteString") and
// number its parameters (receiver first).
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type param struct {
	fn    string
	index int
	name  string
	res   []string // result names
}

type tag struct {
	heap    int // -1 none
	results [7]int
	seen    bool
}

var lineRx = regexp.MustCompile(`^(.*\.go):(\d+):(\d+): (.*)$`)

func main() {
	pkgName := map[string]string{} // dir -> package name
	params := map[string]*param{}  // "file:line:col" -> param
	fset := token.NewFileSet()
	parsed := map[string]bool{}
	load := func(file string) {
		if parsed[file] {
			return
		}
		parsed[file] = true
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			return
		}
		dir := file[:strings.LastIndex(file, "/")]
		pkgName[dir] = f.Name.Name
		// qualify with the import path's last element as gc prints it
		// (package name), e.g. "strings", "atomic", "utf8".
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			name := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) > 0 {
				rt := fd.Recv.List[0].Type
				ptr := false
				if st, ok := rt.(*ast.StarExpr); ok {
					ptr = true
					rt = st.X
				}
				if ix, ok := rt.(*ast.IndexExpr); ok {
					rt = ix.X
				}
				if ix, ok := rt.(*ast.IndexListExpr); ok {
					rt = ix.X
				}
				tn := "?"
				if id, ok := rt.(*ast.Ident); ok {
					tn = id.Name
				}
				if ptr {
					name = "(*" + tn + ")." + name
				} else {
					name = tn + "." + name
				}
			}
			qual := f.Name.Name + "." + name
			var res []string
			if fd.Type.Results != nil {
				i := 0
				for _, fl := range fd.Type.Results.List {
					if len(fl.Names) == 0 {
						res = append(res, fmt.Sprintf("~r%d", i))
						i++
					}
					for _, n := range fl.Names {
						rn := n.Name
						if rn == "_" {
							rn = fmt.Sprintf("~b%d", i)
						}
						res = append(res, rn)
						i++
					}
				}
			}
			idx := 0
			add := func(fl *ast.FieldList) {
				if fl == nil {
					return
				}
				for _, fld := range fl.List {
					if len(fld.Names) == 0 {
						idx++
						continue
					}
					for _, n := range fld.Names {
						p := fset.Position(n.Pos())
						key := fmt.Sprintf("%s:%d:%d", file, p.Line, p.Column)
						params[key] = &param{fn: qual, index: idx, name: n.Name, res: res}
						idx++
					}
				}
			}
			add(fd.Recv)
			add(fd.Type.Params)
		}
	}
	tags := map[string]*tag{} // fn + "\x00" + index
	get := func(p *param) *tag {
		k := p.fn + "\x00" + strconv.Itoa(p.index)
		t := tags[k]
		if t == nil {
			t = &tag{heap: -1}
			for i := range t.results {
				t.results[i] = -1
			}
			tags[k] = t
		}
		return t
	}
	heapDerefs := map[string]int{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := lineRx.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		file, msg := m[1], m[4]
		load(file)
		key := file + ":" + m[2] + ":" + m[3]
		p := params[key]
		if p == nil {
			continue
		}
		switch {
		case strings.HasPrefix(msg, "parameter "+p.name+" leaks to ") && strings.Contains(msg, " with derefs="):
			rest := strings.TrimSuffix(strings.TrimPrefix(msg, "parameter "+p.name+" leaks to "), ":")
			i := strings.LastIndex(rest, " with derefs=")
			sink, s := rest[:i], rest[i+len(" with derefs="):]
			isResult := false
			for _, r := range p.res {
				if r == sink {
					isResult = true
				}
			}
			d, err := strconv.Atoi(s)
			if err == nil && !isResult {
				if old, ok := heapDerefs[key]; !ok || d < old {
					heapDerefs[key] = d
				}
			}
		case msg == "leaking param: "+p.name:
			get(p).heap = 0
			get(p).seen = true
		case msg == "leaking param content: "+p.name:
			t := get(p)
			t.seen = true
			if d, ok := heapDerefs[key]; ok && d > 0 {
				t.heap = d
			} else {
				t.heap = 1
			}
		case strings.HasPrefix(msg, "leaking param: "+p.name+" to result "):
			rest := strings.TrimPrefix(msg, "leaking param: "+p.name+" to result ")
			parts := strings.Split(rest, " level=")
			if len(parts) == 2 {
				lv, _ := strconv.Atoi(parts[1])
				for i, r := range p.res {
					if r == parts[0] && i < 7 {
						get(p).results[i] = lv
					}
				}
				get(p).seen = true
			}
		case msg == p.name+" does not escape":
			get(p).seen = true
		case msg == "moved to heap: "+p.name:
			// the parameter itself escapes: gc prints no tag message then;
			// what it points to reaches the heap as well
			t := get(p)
			t.seen = true
			if t.heap < 0 {
				t.heap = 0
			}
		}
	}
	var keys []string
	for k, t := range tags {
		if t.seen {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println("/* Generated by escape/gen_tags.sh from Go 1.19's -m=2 output: do not edit. */")
	for _, k := range keys {
		t := tags[k]
		parts := strings.SplitN(k, "\x00", 2)
		var b [8]int
		b[0] = t.heap + 1
		for i := 0; i < 7; i++ {
			b[1+i] = t.results[i] + 1
		}
		fmt.Printf("{%q, %s, {%d, %d, %d, %d, %d, %d, %d, %d}},\n", parts[0], parts[1], b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7])
	}
}
