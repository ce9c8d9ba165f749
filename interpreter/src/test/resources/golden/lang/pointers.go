package main

import "fmt"

type T struct{ N int }

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newT() *T {
	t := T{5}
	return &t
}

func main() {
	x := 1
	p := &x
	*p = 2
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	a, b := 10, 20
	swap(&a, &b)
	fmt.Println(a, b)
	q := new(int)
	fmt.Println(*q)
	*q = 7
	r := q
	*r = 8
	fmt.Println(*q)
	t := newT()
	t2 := newT()
	t.N++
	fmt.Println(t.N, t2.N, t == t2, *t == *t2)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	ep := &s[0]
	s = append(s, 4)
	*ep = 100
	fmt.Println(s[0])
	st := T{1}
	fp := &st.N
	*fp = 42
	fmt.Println(st)
	var np *T
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 99
	fmt.Println(x)
	ps := []*T{{1}, {2}}
	for _, v := range ps {
		v.N *= 10
	}
	fmt.Println(ps[0].N, ps[1].N)
	counter := 0
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		counter++
		ptrs = append(ptrs, &counter)
	}
	fmt.Println(*ptrs[0], *ptrs[2])
	ipt := []*int{}
	for i := 0; i < 3; i++ {
		ipt = append(ipt, &i)
	}
	fmt.Println(*ipt[0], *ipt[1], *ipt[2])
	pa := &[2]string{"a", "b"}
	pa[0] = "z"
	for i, v := range pa {
		fmt.Print(i, v, " ")
	}
	fmt.Println(len(pa))
	ns := new([]int)
	*ns = append(*ns, 1)
	fmt.Println(*ns)
	nt := new(T)
	nt.N = 3
	fmt.Println(nt.N, *nt)
}
