package main

import "fmt"

type Logger interface {
	Log(string) string
}

type Prefix struct{ p string }

func (x Prefix) Log(s string) string { return x.p + s }

type Service struct {
	Logger
	Name string
}

type A struct{ V int }

func (A) Who() string { return "A" }

type B struct{ V int }

func (B) Who() string { return "B" }

type AB struct {
	A
	B
	V int
}

type Deep struct {
	Inner struct {
		Inner2 struct{ Z int }
	}
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Holder struct {
	*Counter
	label string
}

func main() {
	s := Service{Prefix{"> "}, "svc"}
	fmt.Println(s.Log("hello"), s.Name)
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	ab := AB{A{1}, B{2}, 3}
	fmt.Println(ab.V, ab.A.V, ab.B.V, ab.A.Who(), ab.B.Who())
	var d Deep
	d.Inner.Inner2.Z = 7
	fmt.Println(d)
	h := Holder{&Counter{}, "h"}
	h.Inc()
	h.Inc()
	h2 := h
	h2.Inc()
	fmt.Println(h.n, h2.n, h.Counter == h2.Counter)
	type Named struct {
		Prefix
		Extra int
	}
	n := Named{Prefix{"~"}, 1}
	fmt.Printf("%+v %s\n", n, n.Log("x"))
	var svc Service
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		svc.Log("nil embedded interface")
	}()
}
