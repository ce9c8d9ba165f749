package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Base struct{ ID int }

func (b Base) Hello() string { return fmt.Sprint("base ", b.ID) }

type Mid struct {
	*Base
	Tag string
}

type Top struct {
	Mid
	ID string
}

type Empty struct{}

func main() {
	a := Animal{"cat", 4}
	b := a
	b.Name = "tiger"
	fmt.Println(a, b)
	fmt.Printf("%v %+v\n", a, b)
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Describe())
	d.Rename("max")
	fmt.Println(d.Name, d)
	fmt.Printf("%+v\n", d)
	t := Top{Mid{&Base{7}, "m"}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.Hello(), t.Tag)
	p := &Animal{Name: "bird"}
	p.Legs = 2
	fmt.Println(*p, p.Describe(), (*p).Legs)
	pp := p
	pp.Legs = 3
	fmt.Println(p.Legs)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon, anon.A)
	fmt.Println(Animal{"x", 1} == Animal{"x", 1}, a == b)
	var zero Animal
	fmt.Printf("%+v %q\n", zero, zero.Name)
	fmt.Println(Empty{} == Empty{}, Empty{})
	list := []Animal{{"a", 1}, {"b", 2}}
	for _, x := range list {
		x.Legs = 100
	}
	fmt.Println(list)
	for i := range list {
		list[i].Legs = 100
	}
	fmt.Println(list)
	type Node struct {
		Val  int
		Next *Node
	}
	n := &Node{1, &Node{2, &Node{3, nil}}}
	for c := n; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	nested := struct {
		Inner struct{ X, Y int }
		Arr   [2]int
	}{}
	nested.Inner.X = 5
	nested.Arr[1] = 9
	copyN := nested
	copyN.Inner.Y = 6
	fmt.Println(nested, copyN)
	fn := func(a Animal) Animal { a.Legs++; return a }
	fmt.Println(fn(a), a)
	type Pair struct {
		Key   string
		Value int
	}
	pairs := []Pair{{Key: "k", Value: 1}, {Value: 2}}
	fmt.Printf("%v %+v\n", pairs, pairs)
}
