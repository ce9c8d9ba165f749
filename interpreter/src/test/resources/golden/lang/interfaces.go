package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{404}
}

func typedNil() error {
	var p *MyErr
	return p
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string, []byte:
		return fmt.Sprintf("stringish %v", v)
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Area(), s.Perimeter())
	}
	var ns NamedShape = Rect{1, 1}
	var sh Shape = ns
	fmt.Println(ns.Name(), sh.Area())
	if r, ok := sh.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	if _, ok := sh.(*Circle); !ok {
		fmt.Println("not circle")
	}
	n, ok := sh.(Named)
	fmt.Println(n.Name(), ok)
	var e interface{} = 42
	fmt.Println(describe(e), describe("hi"), describe([]byte("b")), describe(nil))
	fmt.Println(describe(errors.New("boom")), describe(S("x")), describe(3.5), describe(func() int { return 9 }))
	err := find(false)
	fmt.Println(err, err != nil)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code)
	}
	fmt.Println(find(true) == nil, typedNil() == nil, typedNil())
	var x, y interface{} = 1, 1
	fmt.Println(x == y, x == interface{}(1.0), interface{}("a") == "a")
	var empty interface{}
	fmt.Println(empty == nil, empty)
	var s fmt.Stringer = S("q")
	fmt.Println(s, s.String())
	fmt.Printf("%v %s %T\n", s, s, s)
	var any1 any = Rect{1, 2}
	fmt.Printf("%T %v\n", any1, any1)
	c := &Circle{2}
	var s1, s2 Shape = c, c
	fmt.Println(s1 == s2)
	var r1, r2 Shape = Rect{1, 1}, Rect{1, 1}
	fmt.Println(r1 == r2)
}
