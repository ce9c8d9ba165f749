package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type Node struct {
	next *Node
	val  int
}

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.val + sumList(n.next)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(depth(100000))
	var head *Node
	for i := 1; i <= 100000; i++ {
		head = &Node{head, i}
	}
	fmt.Println(sumList(head))
	var walk func(int) int
	walk = func(n int) int {
		if n <= 0 {
			return 0
		}
		return 1 + walk(n-1)
	}
	fmt.Println(walk(100000))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	defer func() { fmt.Println("deferred after deep", depth(50000)) }()
}
