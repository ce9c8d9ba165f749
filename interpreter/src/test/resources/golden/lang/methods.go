package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Join() string { return strings.Join(w, "+") }
func (w *Words) Add(s string) { *w = append(*w, s) }

type IntMap map[string]int

func (m IntMap) Set(k string, v int) { m[k] = v }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n)
	var g Getter = c
	c.Inc()
	fmt.Println(g.Get(), c.Get())
	var g2 Getter = &c
	c.Inc()
	fmt.Println(g2.Get())
	var i Incer = &c
	i.Inc()
	fmt.Println(c.n)
	fmt.Println(Celsius(100).F())
	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	m := IntMap{}
	m.Set("x", 1)
	fmt.Println(m)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	type Wrapper struct{ Counter }
	wr := Wrapper{}
	wr.Inc()
	var gi Getter = wr
	fmt.Println(gi.Get())
	var ii Incer = &wr
	ii.Inc()
	fmt.Println(wr.Get())
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
}
