// Command geninline turns Go 1.19's `-m=2` output for the standard packages
// into gosub's table of inlinable standard-library functions
// (ir/stdlib_inline.inc): for each function gc can inline, its name as gc
// prints it at a call site ("strings.(*Builder).WriteString"), its inline
// cost, and the calls gc inlines transitively inside its body (in order),
// which gc reports at the user's call site after "inlining call to ...".
//
// Input (stdin): lines of `go build -a -gcflags='PKG=-m=2' PKG`.
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

type fnRange struct {
	file       string
	start, end int // lines
	name       string
	decl       *ast.FuncDecl
}

// ownDcls counts the variables gc's inliner adds to the caller's
// declarations when it inlines fn (mkinlcall: one inlvar per receiver,
// parameter and local of the body, one per result), without the calls
// inlined inside it. Locals: names a := defines for the first time, var
// declarations, range variables, a type switch's variable (one per
// clause); function literals keep their own.
func ownDcls(fn *ast.FuncDecl) int {
	n := 0
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			if len(f.Names) == 0 {
				n++
			}
			n += len(f.Names)
		}
	}
	fields(fn.Recv)
	fields(fn.Type.Params)
	fields(fn.Type.Results)
	if fn.Body == nil {
		return n
	}
	seen := map[string]bool{}
	def := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" && !seen[id.Name] {
			seen[id.Name] = true
			n++
		}
	}
	ast.Inspect(fn.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, l := range x.Lhs {
					def(l)
				}
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				if id.Name != "_" {
					n++
				}
			}
		case *ast.RangeStmt:
			if x.Tok == token.DEFINE {
				if x.Key != nil {
					def(x.Key)
				}
				if x.Value != nil {
					def(x.Value)
				}
			}
		case *ast.TypeSwitchStmt:
			if as, ok := x.Assign.(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
				n += len(x.Body.List)
			}
		}
		return true
	})
	return n
}

var lineRx = regexp.MustCompile(`^(.*\.go):(\d+):(\d+): (.*)$`)
var canRx = regexp.MustCompile(`^can inline (\S+) with cost (\d+) as:`)

func main() {
	fset := token.NewFileSet()
	parsed := map[string]bool{}
	pkgOf := map[string]string{}           // file -> package name
	typesOf := map[string]map[string]bool{} // package dir -> type names
	var ranges []fnRange
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
		pkgOf[file] = f.Name.Name
		if typesOf[dir] == nil {
			typesOf[dir] = map[string]bool{}
			// the package's other files: a method's -m line may come
			// before the file declaring its type (sort: search.go's
			// IntSlice.Search, sort.go's IntSlice); closures are named
			// after their function ("Chown.func1")
			des, _ := os.ReadDir(dir)
			for _, de := range des {
				n := de.Name()
				if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
					continue
				}
				g, err := parser.ParseFile(token.NewFileSet(), dir+"/"+n, nil, 0)
				if err != nil || g.Name.Name != f.Name.Name {
					continue
				}
				for _, d := range g.Decls {
					switch d := d.(type) {
					case *ast.GenDecl:
						for _, s := range d.Specs {
							if ts, ok := s.(*ast.TypeSpec); ok {
								typesOf[dir][ts.Name.Name] = true
							}
						}
					case *ast.FuncDecl:
						if d.Recv == nil {
							typesOf[dir][d.Name.Name] = true
						}
					}
				}
			}
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						typesOf[dir][ts.Name.Name] = true
					}
				}
			case *ast.FuncDecl:
				ranges = append(ranges, fnRange{file, fset.Position(d.Pos()).Line, fset.Position(d.End()).Line, d.Name.Name, d})
			}
		}
	}
	qualify := func(file, name string) string {
		pkg := pkgOf[file]
		dir := file[:strings.LastIndex(file, "/")]
		if strings.HasPrefix(name, "(*") {
			return pkg + "." + name
		}
		i := strings.Index(name, ".")
		if i < 0 {
			return pkg + "." + name
		}
		if typesOf[dir][name[:i]] {
			return pkg + "." + name
		}
		return name // already qualified by its package
	}
	type entry struct {
		name   string
		cost   int
		file   string
		line   int
		nested []string
		bce    int // "index bounds check elided" lines of its body (inlined calls included)
		own    int // variables its inlining declares in the caller (ownDcls)
	}
	entries := map[string]*entry{}
	type inl struct {
		file string
		line int
		name string
	}
	var inls []inl
	var bces []inl // positions of "index bounds check elided"
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := lineRx.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		file := m[1]
		load(file)
		ln, _ := strconv.Atoi(m[2])
		if c := canRx.FindStringSubmatch(m[4]); c != nil {
			q := qualify(file, c[1])
			cost, _ := strconv.Atoi(c[2])
			if _, ok := entries[q]; !ok {
				entries[q] = &entry{name: q, cost: cost, file: file, line: ln}
			}
			continue
		}
		if m[4] == "index bounds check elided" {
			bces = append(bces, inl{file, ln, ""})
			continue
		}
		if strings.HasPrefix(m[4], "inlining call to ") {
			inls = append(inls, inl{file, ln, qualify(file, strings.TrimPrefix(m[4], "inlining call to "))})
		}
	}
	// attach each inlined call to the inlinable function whose body holds it
	for _, e := range entries {
		var r *fnRange
		for i := range ranges {
			if ranges[i].file == e.file && ranges[i].start == e.line {
				r = &ranges[i]
			}
		}
		if r == nil {
			continue
		}
		e.own = ownDcls(r.decl)
		// every line counts: gc prints each inlined call once (with fmt.Printf,
		// never deduplicated), repeated calls at one position included
		for _, c := range inls {
			if c.file == r.file && c.line >= r.start && c.line <= r.end {
				e.nested = append(e.nested, c.name)
			}
		}
		for _, c := range bces {
			if c.file == r.file && c.line >= r.start && c.line <= r.end {
				e.bce++
			}
		}
	}
	var keys []string
	for k := range entries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("/* Generated by ir/gen_inline.sh from Go 1.19's -m=2 output: do not edit. */")
	for _, k := range keys {
		e := entries[k]
		// declarations of the whole inlined copy: its own and those of
		// every call inlined inside it (the nested list is transitive)
		dcl := e.own
		for _, c := range e.nested {
			if ne := entries[c]; ne != nil {
				dcl += ne.own
			}
		}
		fmt.Printf("{%q, %d, %q, %d, %d},\n", e.name, e.cost, strings.Join(e.nested, ","), e.bce, dcl)
	}
}
