package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4}
	s = remove(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 2, 99)
	fmt.Println(s, len(s), cap(s))
	orig := []int{1, 2, 3}
	alias := orig[:2]
	alias = append(alias, 30)
	fmt.Println(orig, alias)
	alias = append(alias, 40)
	alias[0] = -1
	fmt.Println(orig, alias)
	rev := []string{"a", "b", "c", "d"}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
	grid := [][]rune{[]rune("ab"), []rune("cd")}
	grid[1][0] = 'X'
	fmt.Println(string(grid[0]), string(grid[1]))
	var stack []int
	stack = append(stack, 1, 2, 3)
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []string{"x", "y"}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue, len(queue), cap(queue))
	full := s[1:3:3]
	full = append(full, 7)
	fmt.Println(s, full)
	var bs []byte
	bs = append(bs, "héllo"...)
	fmt.Println(len(bs), bs[1], string(bs[1:3]))
	nested := make([][]int, 2)
	nested[0] = append(nested[0], 1)
	fmt.Println(nested, nested[1] == nil)
	fmt.Println(len(s[:0]), cap(s[:0]), len(s[len(s):]))
	var fill [5]int
	for i := range fill {
		fill[i] = i * i
	}
	part := fill[1:4]
	fmt.Println(part, len(part), cap(part))
}
