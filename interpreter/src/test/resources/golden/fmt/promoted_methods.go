package main

import (
	"errors"
	"fmt"
)

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.0f°", t.C) }

type Reading struct {
	Temp
	Where string
}

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return "ptr" }

type HasPtr struct {
	*PtrStr
}

type ErrWrap struct{ error }

type Logger interface{ Log() string }
type Impl struct{}

func (*Impl) Log() string { return "impl" }

type Outer struct{ *Impl }

func main() {
	r := Reading{Temp{21}, "kitchen"}
	fmt.Println(r)
	fmt.Printf("%v %+v %s\n", r, r, r)
	h := HasPtr{&PtrStr{1}}
	fmt.Println(h)
	e := ErrWrap{errors.New("inner")}
	fmt.Println(e)
	var l Logger = Outer{&Impl{}}
	fmt.Println(l.Log())
	var l2 Logger = &Outer{}
	fmt.Println(l2.Log())
	fmt.Println([]Reading{r})
	m := map[string]Temp{"x": {5}}
	fmt.Println(m)
}
