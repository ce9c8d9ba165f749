package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr(%d)", p.n) }

type Err struct{ code int }

func (e Err) Error() string { return fmt.Sprintf("err %d", e.code) }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type Go struct{ v int }

func (g Go) GoString() string { return "Go!" }

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type NilPanic struct{ p *int }

func (n *NilPanic) String() string { return fmt.Sprint(*n.p) }

type Wrapper struct {
	T Temp
	P *Ptr
}

func main() {
	t := Temp(21.5)
	fmt.Println(t, []Temp{1, 2})
	fmt.Printf("%v %s %d %.2f %q\n", t, t, t, t, t)
	p := Ptr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %v\n", p, &p)
	e := Err{7}
	fmt.Println(e)
	fmt.Printf("%v %s %d\n", e, e, e)
	var err error = e
	fmt.Println(err, Both{})
	fmt.Printf("%v %#v %+v\n", Go{1}, Go{1}, Go{1})
	fmt.Println(Panicky{})
	fmt.Printf("%s|%d\n", Panicky{}, Panicky{})
	var np *NilPanic
	fmt.Println(np)
	fmt.Printf("%v\n", &NilPanic{})
	w := Wrapper{T: 5, P: &Ptr{9}}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println(map[Temp]int{3: 1})
	fmt.Println(fmt.Errorf("ctx: %w", errors.New("base")))
	fmt.Printf("%v\n", []error{e, nil})
	fmt.Printf("%T %T\n", t, err)
}
