package main

import "fmt"

type Item struct{ ID int }

func main() {
	var last *Item
	for i := 0; i < 3; i++ {
		it := Item{i}
		last = &it // last outlives the iteration that declared it
	}

	var small [1024]int   // 8 KB
	var huge [2 << 20]int // 16 MB: more than Go puts on a stack
	small[0], huge[0] = 1, 2

	fits := make([]int, 8192)    // 64 KB: the most an implicit allocation may take on the stack
	tooBig := make([]int, 8193) // 8 bytes more

	p := new(Item)
	p.ID = 7

	sum := last.ID + small[0] + huge[0] + len(fits) + len(tooBig) + p.ID
	fmt.Println(sum)
}
