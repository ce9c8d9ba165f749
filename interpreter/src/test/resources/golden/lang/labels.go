package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue
		case i > 3:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	grid := [][]int{{1, 2}, {3, -1}, {5, 6}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
	for n < 10 {
		n++
		if n%2 == 0 {
			continue
		}
		if n > 7 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
sw:
	switch x := 5; {
	case x > 3:
		for i := 0; i < 10; i++ {
			if i == 2 {
				break sw
			}
			fmt.Print("i", i, " ")
		}
		fmt.Println("not reached")
	}
	fmt.Println("after switch")
	m := map[string]int{"a": 1}
keys:
	for k := range m {
		for {
			fmt.Println("key", k)
			continue keys
		}
	}
}
