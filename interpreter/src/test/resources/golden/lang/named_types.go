package main

import (
	"fmt"
	"sort"
)

type Meters float64
type Names []string
type Registry map[string]int
type Handler func(string) string
type Op int

const (
	Add Op = iota
	Sub
)

func (o Op) String() string {
	switch o {
	case Add:
		return "Add"
	case Sub:
		return "Sub"
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Alias = Names
type IntAlias = int

func (h Handler) Call(s string) string { return h(s) }

func main() {
	var m Meters = 3.5
	fmt.Println(m+1, m*2)
	fmt.Printf("%T %v\n", m, m)
	n := Names{"c", "a", "b"}
	sort.Sort(n)
	fmt.Println(n, len(n))
	var al Alias = n
	fmt.Printf("%T\n", al)
	var ia IntAlias = 5
	var i int = ia
	fmt.Printf("%T %d\n", ia, i)
	r := Registry{"a": 1}
	r["b"] = 2
	fmt.Println(r, len(r))
	h := Handler(func(s string) string { return "<" + s + ">" })
	fmt.Println(h.Call("x"), h("y"))
	fmt.Println(Add, Sub, Op(7))
	fmt.Printf("%v %d %s %q\n", Sub, Sub, Sub, Sub)
	ops := []Op{Sub, Add}
	fmt.Println(ops)
	type local struct{ v int }
	fmt.Printf("%T %+v\n", local{1}, local{2})
	var e error
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T %T %T %T\n", n, r, h, &m)
	fmt.Printf("%T %T\n", []Names{}, map[Op][]*Meters{})
}
