package main

import (
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "a/./b/", "../../x/../y", "a//b///c", "/a/b/c/../../..", "abc/..", "a/../..", "./a"} {
		fmt.Printf("%q -> %q %q %q %q %v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p+".go"), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "../c"), path.Join("", ""), path.Join("/", "x"), path.Join("a", "", "b/"))
	d, f := path.Split("static/myfile.css")
	fmt.Printf("%q %q\n", d, f)
	for _, c := range [][2]string{{"*", "abc"}, {"*", "a/b"}, {"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a[b-d]e", "ace"}, {"a[^b-d]e", "ace"}, {"a?c", "abc"}, {"a\\*c", "a*c"}, {"[", "a"}, {"a[", "a"}, {"*x", "xxx"}, {"[a-", "b"}, {"a[]b", "a]b"}, {"ab[^c", "abd"}} {
		m, err := path.Match(c[0], c[1])
		fmt.Println(c[0], c[1], m, err)
	}

	fmt.Println(filepath.Join("dir", "sub", "..", "file.txt"), filepath.Base("/a/b.txt"), filepath.Dir("/a/b.txt"), filepath.Ext("x.tar.gz"), filepath.IsAbs("/x"), filepath.Clean("a/../../b"))
	dir, file := filepath.Split("/usr/lib/go")
	fmt.Println(dir, file, filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x"), filepath.SplitList("/a:/b::c"), len(filepath.SplitList("")))
	for _, c := range [][2]string{{"/a", "/a/b/c"}, {"/a/b/c", "/a"}, {"a/b", "a/b"}, {"a", "b"}, {"/a", "b"}, {"../a", "b"}, {".", "a/b"}, {"a/b/c", "a/x/y"}, {"/", "/x"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("%q %v\n", r, err)
	}
	wd, _ := os.Getwd()
	a, err := filepath.Abs("sub/../f.txt")
	fmt.Println(a == wd+"/f.txt", err)
	a, _ = filepath.Abs("/x/./y")
	fmt.Println(a)

	root, err := ioutil.TempDir("", "walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, p := range []string{"b/x.go", "a/y.txt", "a/z/w.go", "c.go"} {
		os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0755)
		ioutil.WriteFile(filepath.Join(root, p), []byte(p), 0644)
	}
	err = filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Println("walk", rel, info.IsDir(), info.Size() > 0)
		if info.IsDir() && info.Name() == "z" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walk err:", err)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p)
		fmt.Println("walkdir", rel, d.IsDir(), d.Type())
		if d.Name() == "x.go" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walkdir err:", err)
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb:", strings.TrimPrefix(p, root), d == nil, err != nil)
		return err
	})
	fmt.Println(os.IsNotExist(err))
	m, err := filepath.Glob(filepath.Join(root, "*", "*.go"))
	for _, x := range m {
		fmt.Println("glob", strings.TrimPrefix(x, root))
	}
	fmt.Println(err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
	infos, err := ioutil.ReadDir(root)
	for _, i := range infos {
		fmt.Println(i.Name(), i.IsDir())
	}
	data, err := ioutil.ReadFile(filepath.Join(root, "c.go"))
	fmt.Printf("%q %v\n", data, err)
	all, _ := ioutil.ReadAll(strings.NewReader("all"))
	fmt.Println(string(all))
	fh, _ := os.Open(root)
	names, _ := fh.Readdirnames(2)
	fmt.Println(len(names))
	rest, err := fh.ReadDir(-1)
	fmt.Println(len(rest), err)
	fh.Close()
}
