package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `name,math,physics,art
alice,91,85.5,70
bob,78,x,88
carol,65,72,91.25
dave,100,99,
erin,  88 , 90 ,77
`

type Student struct {
	Name   string
	Scores map[string]float64
}

type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d, field %s: %v", e.Line, e.Field, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty field")

func parse(s string) ([]Student, []error) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	header := strings.Split(lines[0], ",")
	var out []Student
	var errs []error
	for i, line := range lines[1:] {
		fields := strings.Split(line, ",")
		st := Student{Name: strings.TrimSpace(fields[0]), Scores: map[string]float64{}}
		for j := 1; j < len(header) && j < len(fields); j++ {
			f := strings.TrimSpace(fields[j])
			if f == "" {
				errs = append(errs, &ParseError{i + 2, header[j], ErrEmpty})
				continue
			}
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				errs = append(errs, &ParseError{i + 2, header[j], err})
				continue
			}
			st.Scores[header[j]] = v
		}
		out = append(out, st)
	}
	return out, errs
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range s.Scores {
		sum += v
	}
	return sum / float64(len(s.Scores))
}

func grade(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	students, errs := parse(data)
	for _, err := range errs {
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Printf("error at line %d (%s): %v empty=%t\n", pe.Line, pe.Field, err, errors.Is(err, ErrEmpty))
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  num error: func=%s num=%q\n", ne.Func, ne.Num)
		}
	}
	sort.Slice(students, func(i, j int) bool { return students[i].Average() > students[j].Average() })
	fmt.Printf("%-8s|%8s|%6s\n", "name", "avg", "grade")
	fmt.Println(strings.Repeat("-", 24))
	for _, s := range students {
		avg := s.Average()
		fmt.Printf("%-8s|%8.2f|%6s\n", s.Name, avg, grade(avg))
	}
	subjects := []string{"art", "math", "physics"}
	for _, sub := range subjects {
		best, who := -1.0, ""
		for _, s := range students {
			if v, ok := s.Scores[sub]; ok && v > best {
				best, who = v, s.Name
			}
		}
		fmt.Printf("best in %s: %s (%s)\n", sub, who, strconv.FormatFloat(best, 'f', -1, 64))
	}
	n, err := strconv.Atoi(" 42")
	fmt.Println(n, err)
}
