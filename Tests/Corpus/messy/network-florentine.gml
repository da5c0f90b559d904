graph [
  node [
    id 0
    label "Acciaiuoli"
    rank 1
    wealth 10.5
    faction "oligarch"
  ]
  node [
    id 1
    label "Medici"
    rank 9
    wealth 36.5
    faction "oligarch"
  ]
  node [
    id 2
    label "Castellani"
    rank 5
    wealth 23.5
    faction "oligarch"
  ]
  node [
    id 3
    label "Peruzzi"
    rank 11
    wealth 43.0
    faction "oligarch"
  ]
  node [
    id 4
    label "Strozzi"
    rank 14
    wealth 52.75
    faction "medici"
  ]
  node [
    id 5
    label "Barbadori"
    rank 3
    wealth 17.0
    faction "oligarch"
  ]
  node [
    id 6
    label "Ridolfi"
    rank 12
    wealth 46.25
    faction "medici"
  ]
  node [
    id 7
    label "Tornabuoni"
    rank 15
    wealth 56.0
    faction "oligarch"
  ]
  node [
    id 8
    label "Albizzi"
    rank 2
    wealth 13.75
    faction "medici"
  ]
  node [
    id 9
    label "Salviati"
    rank 13
    wealth 49.5
    faction "oligarch"
  ]
  node [
    id 10
    label "Pazzi"
    rank 10
    wealth 39.75
    faction "medici"
  ]
  node [
    id 11
    label "Bischeri"
    rank 4
    wealth 20.25
    faction "medici"
  ]
  node [
    id 12
    label "Guadagni"
    rank 7
    wealth 30.0
    faction "oligarch"
  ]
  node [
    id 13
    label "Ginori"
    rank 6
    wealth 26.75
    faction "medici"
  ]
  node [
    id 14
    label "Lamberteschi"
    rank 8
    wealth 33.25
    faction "medici"
  ]
  edge [
    source 0
    target 1
    weight 1
  ]
  edge [
    source 1
    target 5
    weight 1
  ]
  edge [
    source 1
    target 6
    weight 2
  ]
  edge [
    source 1
    target 7
    weight 1
  ]
  edge [
    source 1
    target 8
    weight 3
  ]
  edge [
    source 1
    target 9
    weight 3
  ]
  edge [
    source 2
    target 3
    weight 3
  ]
  edge [
    source 2
    target 4
    weight 1
  ]
  edge [
    source 2
    target 5
    weight 2
  ]
  edge [
    source 3
    target 4
    weight 3
  ]
  edge [
    source 3
    target 11
    weight 2
  ]
  edge [
    source 4
    target 6
    weight 1
  ]
  edge [
    source 4
    target 11
    weight 3
  ]
  edge [
    source 6
    target 7
    weight 1
  ]
  edge [
    source 7
    target 12
    weight 2
  ]
  edge [
    source 8
    target 13
    weight 2
  ]
  edge [
    source 8
    target 12
    weight 3
  ]
  edge [
    source 9
    target 10
    weight 2
  ]
  edge [
    source 11
    target 12
    weight 1
  ]
  edge [
    source 12
    target 14
    weight 2
  ]
]
