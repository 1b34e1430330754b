// Embedding pointers to structs: promoted fields and methods reached
// through the pointer, shared embedded state, and a nil embedded pointer.
package main

import "fmt"

type Base struct {
	ID    int
	Owner string
}

func (b *Base) SetOwner(o string) { b.Owner = o }
func (b Base) Describe() string   { return fmt.Sprintf("#%d(%s)", b.ID, b.Owner) }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) {
	if t.Created == 0 {
		t.Created = now
	}
	t.Updated = now
}

type Document struct {
	*Base
	Timestamps
	Title string
}

type Comment struct {
	*Base
	Text string
}

func main() {
	shared := &Base{ID: 1, Owner: "ann"}
	d := Document{Base: shared, Title: "design"}
	c := Comment{Base: shared, Text: "lgtm"}
	d.Touch(100)
	d.Touch(105)
	c.SetOwner("bob") // changes d's owner too
	fmt.Println(d.Describe(), c.Describe(), d.Created, d.Updated, d.Owner)

	docs := []Document{d, {Base: &Base{ID: 2}, Title: "notes"}}
	for i := range docs {
		docs[i].Touch(200 + i)
		docs[i].SetOwner(fmt.Sprint("u", i))
	}
	fmt.Println(docs[0].Describe(), docs[1].Describe(), docs[0].Updated, d.Updated)
	fmt.Println(shared.Owner)

	describe := c.Describe // evaluates *c.Base now
	c.SetOwner("cy")
	fmt.Println(describe(), c.Describe())

	var orphan Comment
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(orphan.Text == "", orphan.Base == nil)
		fmt.Println(orphan.ID)
	}()
	fmt.Printf("%+v\n", d.Timestamps)
}
