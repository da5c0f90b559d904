graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "ann"
    realm "civic"
  ]
  node [
    id 1
    label "bob"
    realm "market"
  ]
  node [
    id 2
    label "cy"
    realm "public"
  ]
  node [
    id 3
    label "dee"
    realm "civic"
  ]
  edge [
    source 0
    target 1
    key 0
    relation "advice"
    weight 2
  ]
  edge [
    source 0
    target 1
    key 1
    relation "friendship"
    weight 1
  ]
  edge [
    source 1
    target 2
    key 0
    relation "advice"
    weight 3
  ]
  edge [
    source 2
    target 2
    key 0
    relation "advice"
    weight 1
  ]
  edge [
    source 3
    target 0
    key 0
    relation "friendship"
    weight 1
  ]
]
