package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i, c := range []string{"a", "b"} {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	for i := range []int{5, 6, 7} {
		fmt.Print(i)
	}
	fmt.Println()
	for range []int{1, 2} {
		fmt.Print("y")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	var i, j int
	for i, j = 0, 10; i < j; i, j = i+1, j-2 {
	}
	fmt.Println(i, j)
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i) })
		i++
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	total := 0
	for x := 10; x > 0; x /= 2 {
		total += x
	}
	fmt.Println(total)
	var arr [3]string
	for i := range arr {
		arr[i] = fmt.Sprint(i * i)
	}
	fmt.Println(arr)
	for i := 0; i < 2; i++ {
		for i := 0; i < 2; i++ {
			fmt.Print(i)
		}
	}
	fmt.Println()
	const N = 4
	for i := range N {
		fmt.Print(i)
	}
	fmt.Println()
}
