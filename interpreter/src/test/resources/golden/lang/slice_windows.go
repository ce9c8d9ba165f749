package main

import "fmt"

func main() {
	var a [5]int
	s := a[1:3]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s))
	s[3] = 42
	fmt.Println(a)
	b := make([]int, 0, 2)
	b1 := append(b, 1)
	b2 := append(b, 2)
	fmt.Println(b1, b2, len(b))
	c := []int{1, 2, 3, 4, 5, 6, 7, 8}
	d := c[2:5]
	e := d[1:6]
	fmt.Println(d, e, cap(d), cap(e))
	var sum int
	for _, v := range c[len(c)-3:] {
		sum += v
	}
	fmt.Println(sum)
	strs := []string{"a", "b", "c"}
	copy(strs, strs[1:])
	fmt.Println(strs)
	bs := []byte("hello")
	copy(bs[1:], "EL")
	fmt.Println(string(bs))
	var ss [][]string
	ss = append(ss, []string{"x"})
	ss[0] = append(ss[0], "y")
	fmt.Println(ss, len(ss[0]))
	ints := []int{3, 1, 2}
	clone := append([]int(nil), ints...)
	clone[0] = 100
	fmt.Println(ints, clone)
}
