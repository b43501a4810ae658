/// Gold/prediction pairs written to trip a scorer up; score.py is the referee (ScorePyAgreementTests).
enum SyntheticPairs {
    static let all: [(String, String, String)] = [
        ("a-restart",
         #"""
         {"documents":[{"title":"甲方案","tasks":[
           {"number":1,"heading":"一 项","units":{"lead":["县局甲"],"support":["县局乙","县局丙"],"responsible":[]},"deadlines":[{"text":"6月底前","date":"2024-06-30"}]},
           {"number":2,"heading":"二项","units":{"lead":["县局甲"],"responsible":["县局丁"]},"starts":[{"text":"8月起","date":"2024-08-01"}]},
           {"number":1,"heading":"三项","units":{"support":["县局乙"]},"recurring":["每季度","每月"]},
           {"number":2,"heading":"四项","deadlines":[{"text":"年底前","date":"2024-12-31"},{"text":"上半年","date":"2024-06-30"}]},
           {"number":3,"heading":"五项（试行）"}]}]}
         """#,
         #"""
         {"documents":[{"title":{"text":"甲方案"},"tasks":[
           {"number":1,"heading":{"text":"一项"},"units":{"lead":[{"name":"县局甲"}],"support":[{"name":"县局乙"},{"name":"县局乙"}],"responsible":[{"name":"县局甲"}]},"deadlines":[{"text":"6月底前","date":"2024-06-30"},{"text":"x","date":null}]},
           {"number":"2","heading":{"text":"二项"},"units":{"lead":[{"name":"县局甲"}],"responsible":[{"name":"县局丁"}]},"starts":[{"text":"8月起","date":"2024-08-01T00:00:00"}]},
           {"number":"三","heading":{"text":"三项"}},
           {"number":2,"heading":{"text":""},"deadlines":[{"text":"年底前","date":"2024-12-31"}]},
           {"number":3.0,"heading":{"text":"五项(试行)"},"recurring":[{"text":"","frequency":"monthly"}]},
           "not a task"]}]}
         """#),
        ("b-documents",
         #"""
         {"documents":[{"title":"Ａ 计划","tasks":[{"number":1,"heading":"做好甲"}]},{"title":"乙计划","tasks":[{"number":1,"heading":"做好乙"},{"number":2,"heading":"做好丙"}]}],
          "citations":[{"title":"某条例"},{"title":"某 规划","docNumber":"国发〔2021〕1号"},{"title":"某规划","docNumber":"国发〔2021〕2号"},{"title":"某规范","standard":"HJ 2026"}],
          "header":{"issuer":"某县人民政府","issuers":["某县人民政府","某县委"],"signedBy":["某县人民政府","某县委"],"cc":["县委办"],"printDate":"2023-07-25","date":"2023-07-20","title":"","recipients":[]}}
         """#,
         #"""
         {"documents":[{"title":{"text":"另一个"},"tasks":[{"number":1,"heading":{"text":"做好甲"}}]},{"title":{"text":"A计划"},"tasks":[{"number":1,"heading":{"text":"做好甲"}}]}],
          "citations":[{"title":"某规划","docNumber":{"text":"国发〔2021〕2号"}},{"title":"某规划","docNumber":{"text":"国发〔2021〕9号"}},{"title":"某规范","standard":{"text":"HJ2026"}},{"title":"多余"}],
          "header":{"issuer":{"text":"某县人民政府"},"issuers":[{"name":"某县人民政府"}],"signedBy":{"text":"某县人民政府"},"cc":"县委办","printDate":"2023-07-25 印发","date":"2023-07-20"}}
         """#),
        ("c-empty-prediction",
         #"{"documents":[{"title":"丙","tasks":[{"number":1,"heading":"x","units":{"lead":["甲"]}}]}],"header":{"docNumber":"某发〔2024〕3号"}}"#,
         #"{}"#),
        ("d-broken", #"{"documents":[{"title":"丁","tasks":[{"number":1}]}]}"#, "this is not JSON"),
        ("e-no-tasks", #"{"documents":[]}"#, #"{"documents":[{"title":{"text":"多"},"tasks":[{"number":1}]}],"citations":[]}"#),
    ]
}
