package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Any   interface{}
	F     func()
	Err   error
	private bool
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, Any: 3.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", Inner{1, "x"})
	fmt.Printf("%T\n", o)
	p := &Inner{2, "y"}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v %#v\n", map[string]int{"z": 1, "a": 2}, []string{"q"})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 1.5, true)
	fmt.Printf("%v %v\n", []*int{nil}, map[string]*int{"n": nil})
	var np *Inner
	var ns []int
	var nm map[string]int
	var ni interface{}
	var ne error
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, ne)
	fmt.Printf("%+v %#v %#v %#v\n", np, ns, nm, ni)
	fmt.Printf("%d\n", []interface{}{1, "a", nil})
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%v\n", struct{}{})
	fmt.Printf("%v\n", []struct{ X, Y int }{{1, 2}})
	fmt.Printf("%#v\n", struct {
		X int
		s []string
	}{1, nil})
	t := &Tree{Val: 1, Left: &Tree{Val: 2}}
	fmt.Printf("%v\n", t.Left.Left)
	fmt.Printf("%+v\n", *t.Left)
	fmt.Printf("%v\n", map[Inner]bool{{2, "b"}: true, {1, "a"}: false})
	fmt.Printf("%v\n", map[int][]string{2: {"b"}, 1: {"a"}})
	fmt.Println(o.In, &o.In, []Inner{{3, "z"}})
	fmt.Printf("%s\n", Inner{5, "s"})
	fmt.Printf("%x\n", Inner{255, "s"})
	fmt.Printf("%v|%6v|%-6v|\n", []int{1}, []int{2}, []int{3})
	fmt.Printf("%05d\n", []int{1, 22})
	fmt.Printf("%v %v\n", [3]bool{true}, []float64{1, 2.5})
	type E struct{ error }
	fmt.Printf("%T\n", E{})
	var arr [0]int
	fmt.Println(arr, len(arr))
}
