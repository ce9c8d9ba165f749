package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Stringer interface{ String() string }

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1fC", t.C) }

func main() {
	var shapes []Shape
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, Sq{float64(i)})
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)
	t := Temp{21}
	fmt.Println(t, &t)
	var st Stringer = &t
	t.C = 30
	fmt.Println(st)
	m := map[string][]Shape{}
	m["a"] = append(m["a"], Sq{2})
	fmt.Println(len(m["a"]), m["a"][0].Area())
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 1}}
	for _, p := range ps {
		p.v *= 10
	}
	fmt.Println(ps)
	var iface interface{} = ps[0]
	cp := iface.(pair)
	cp.v = 99
	fmt.Println(ps[0], cp, iface)
}
