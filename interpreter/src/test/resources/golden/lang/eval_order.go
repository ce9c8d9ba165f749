package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

type P struct{ X, Y int }

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)
	a[i], i = 5, 2
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)
	fmt.Println(t("a", 1)+t("b", 2)*t("c", 3), trace)
	trace = nil
	m := map[string]int{}
	m[fmt.Sprint(t("key", 1))] = t("val", 2)
	fmt.Println(m, trace)
	trace = nil
	f := func(a, b, c int) int { return a*100 + b*10 + c }
	fmt.Println(f(t("x", 1), t("y", 2), t("z", 3)), trace)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice shares:", v)
		}
	}
	j := 0
	j += j + 1
	j *= 3
	j -= 1
	j /= 2
	j %= 3
	j <<= 4
	j >>= 1
	j |= 1
	j &= 0xF
	j ^= 2
	j &^= 1
	fmt.Println(j)
	k := 5
	k++
	k--
	k++
	fmt.Println(k)
	s := "ab"
	s += "cd"
	fmt.Println(s)
	var fl float64 = 1
	fl /= 3
	fl *= 3
	fmt.Println(fl)
}
