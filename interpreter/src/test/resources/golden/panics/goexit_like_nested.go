package main

import "fmt"

func level3() {
	var m map[string][]int
	m["k"] = append(m["k"], 1)
}

func level2() { level3() }

func level1() {
	defer func() {
		fmt.Println("level1 defer, not recovering")
	}()
	level2()
}

func main() {
	level1()
}
