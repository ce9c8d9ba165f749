package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func process(s *Stack, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += s.Pop()
	}
	return total
}

func main() {
	s := &Stack{items: []int{1, 2}}
	fmt.Println(process(s, 2))
	s.items = append(s.items, 5)
	fmt.Println(process(s, 2))
}
