package main

import "fmt"

type Num interface{ Value() int }

type One struct{}

func (One) Value() int { return 1 }

type Twice struct{ Num }

func (t Twice) Value() int { return 2 * t.Num.Value() }

func sum(ns ...Num) int {
	s := 0
	for _, n := range ns {
		s += n.Value()
	}
	return s
}

func main() {
	fmt.Println(sum(One{}, Twice{One{}}, Twice{Twice{One{}}}))
	var n Num = Twice{One{}}
	if t, ok := n.(Twice); ok {
		fmt.Println("inner", t.Num.Value())
	}
	var nums []Num
	nums = append(nums, One{}, nil)
	fmt.Println(len(nums), nums[1] == nil, nums[0] != nil)
	var p *Twice
	var n2 Num = p
	fmt.Println(n2 == nil, n2 != nil)
	fmt.Printf("%T %v\n", n2, n2)
}
