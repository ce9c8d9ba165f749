package main

import "fmt"

type Node struct {
	Val         int
	Left *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	n.Left = n.Left.Insert(v)
	return n
}

func (n *Node) IsNil() bool { return n == nil }

func main() {
	var root *Node
	fmt.Println(root.IsNil())
	root = root.Insert(1)
	fmt.Println(root.Val)
	root = root.Insert(2)
	fmt.Println(root.Left.Val)
}
