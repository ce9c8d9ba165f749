package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	emps := []Employee{
		{"alice", "eng", 120}, {"bob", "ops", 90}, {"carol", "eng", 150},
		{"dan", "ops", 90}, {"eve", "hr", 70},
	}
	byDept := map[string][]Employee{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		total := 0
		for _, e := range byDept[d] {
			total += e.Salary
		}
		fmt.Printf("%-4s %3d %v\n", d, total, len(byDept[d]))
	}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Salary > emps[j].Salary })
	for _, e := range emps {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	idx := sort.Search(len(emps), func(i int) bool { return emps[i].Salary < 100 })
	fmt.Println(idx, emps[idx].Name)
}
