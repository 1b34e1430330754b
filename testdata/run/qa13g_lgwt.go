package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Wallet with a Bitcoin stringer (Learn Go with Tests: pointers & errors).
type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", b) }

type Wallet struct{ balance Bitcoin }

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) { w.balance += amount }
func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}
func (w *Wallet) Balance() Bitcoin { return w.balance }

// Dictionary with constant errors (maps chapter).
type DictionaryErr string

func (e DictionaryErr) Error() string { return string(e) }

const (
	ErrNotFound         = DictionaryErr("could not find the word you were looking for")
	ErrWordExists       = DictionaryErr("cannot add word because it already exists")
	ErrWordDoesNotExist = DictionaryErr("cannot update word because it does not exist")
)

type Dictionary map[string]string

func (d Dictionary) Search(word string) (string, error) {
	def, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return def, nil
}

func (d Dictionary) Add(word, def string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = def
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

func (d Dictionary) Update(word, def string) error {
	if _, err := d.Search(word); err != nil {
		return ErrWordDoesNotExist
	}
	d[word] = def
	return nil
}

// Shapes (structs, methods & interfaces).
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct{ Width, Height float64 }
type Circle struct{ Radius float64 }
type Triangle struct{ Base, Height float64 }

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (c Circle) Area() float64         { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64    { return 2 * math.Pi * c.Radius }
func (t Triangle) Area() float64       { return 0.5 * t.Base * t.Height }
func (t Triangle) Perimeter() float64  { return math.NaN() }

// Roman numerals (property-based testing chapter).
type RomanNumeral struct {
	Value  uint16
	Symbol string
}

var allRomanNumerals = RomanNumerals{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ConvertToRoman(arabic uint16) string {
	var result strings.Builder
	for _, numeral := range allRomanNumerals {
		for arabic >= numeral.Value {
			result.WriteString(numeral.Symbol)
			arabic -= numeral.Value
		}
	}
	return result.String()
}

func ConvertToArabic(roman string) (total uint16) {
	for _, symbols := range windowedRoman(roman).Symbols() {
		total += allRomanNumerals.ValueOf(symbols...)
	}
	return
}

type RomanNumerals []RomanNumeral

func (r RomanNumerals) ValueOf(symbols ...byte) uint16 {
	symbol := string(symbols)
	for _, s := range r {
		if s.Symbol == symbol {
			return s.Value
		}
	}
	return 0
}

type windowedRoman string

func (w windowedRoman) Symbols() (symbols [][]byte) {
	for i := 0; i < len(w); i++ {
		symbol := w[i]
		notAtEnd := i+1 < len(w)
		if notAtEnd && isSubtractive(symbol) && allRomanNumerals.Exists(symbol, w[i+1]) {
			symbols = append(symbols, []byte{symbol, w[i+1]})
			i++
		} else {
			symbols = append(symbols, []byte{symbol})
		}
	}
	return
}

func (r RomanNumerals) Exists(symbols ...byte) bool {
	symbol := string(symbols)
	for _, s := range r {
		if s.Symbol == symbol {
			return true
		}
	}
	return false
}

func isSubtractive(symbol uint8) bool { return symbol == 'I' || symbol == 'X' || symbol == 'C' }

func init() { allRomanNumerals = append(RomanNumerals(nil), allRomanNumerals...) }

// Clockface (maths chapter).
type Point struct{ X, Y float64 }

func secondHand(sec int) Point {
	angle := math.Pi / (30 / float64(sec))
	p := Point{math.Sin(angle), math.Cos(angle)}
	p = Point{p.X * 90, -p.Y * 90}
	return Point{p.X + 150, p.Y + 150}
}

func Walk(x interface{}, fn func(string)) {
	switch v := x.(type) {
	case string:
		fn(v)
	case []string:
		for _, s := range v {
			Walk(s, fn)
		}
	case map[string]string:
		keys := []string{"a", "b", "c"}
		for _, k := range keys {
			if s, ok := v[k]; ok {
				fn(s)
			}
		}
	case struct {
		Name string
		Tags []string
	}:
		fn(v.Name)
		Walk(v.Tags, fn)
	}
}

func main() {
	w := Wallet{}
	w.Deposit(Bitcoin(20))
	fmt.Println(w.Balance())
	err := w.Withdraw(Bitcoin(100))
	fmt.Printf("%v %q %s %v\n", w.Balance(), err, err, err == ErrInsufficientFunds)
	fmt.Printf("%#v %+v %d\n", w.Balance(), w, w.balance)
	d := Dictionary{"test": "this is just a test"}
	fmt.Println(d.Search("test"))
	fmt.Println(d.Search("nope"))
	fmt.Println(d.Add("test", "again"), d.Add("new", "value"), d.Update("missing", "x"), d.Update("new", "v2"))
	fmt.Println(d)
	var de error = ErrNotFound
	fmt.Printf("%T %v %#v\n", de, errors.Is(de, ErrNotFound), ErrWordExists)
	shapes := []Shape{Rectangle{12, 6}, Circle{10}, Triangle{12, 6}}
	for _, s := range shapes {
		fmt.Printf("%#v area=%.2f perim=%.2f\n", s, s.Area(), s.Perimeter())
	}
	for _, n := range []uint16{1, 4, 9, 14, 40, 1984, 2014, 3999} {
		r := ConvertToRoman(n)
		fmt.Println(n, r, ConvertToArabic(r))
	}
	bad := 0
	for n := uint16(1); n < 4000; n++ {
		if ConvertToArabic(ConvertToRoman(n)) != n {
			bad++
		}
	}
	fmt.Println("roundtrip failures:", bad)
	for _, s := range []int{0, 30, 45, 7} {
		p := secondHand(s)
		fmt.Printf("%d: %.3f %.3f\n", s, p.X, p.Y)
	}
	var got []string
	Walk([]string{"x", "y"}, func(s string) { got = append(got, s) })
	Walk(map[string]string{"c": "3", "a": "1"}, func(s string) { got = append(got, s) })
	Walk(struct {
		Name string
		Tags []string
	}{"n", []string{"t1", "t2"}}, func(s string) { got = append(got, s) })
	fmt.Println(got)
}
