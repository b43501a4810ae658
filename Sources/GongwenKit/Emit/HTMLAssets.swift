/// 页面样式与脚本: the review page's inline CSS and JavaScript. Nothing is fetched: fonts are the
/// reader's own, and the script only scrolls, marks and toggles.
enum HTMLAssets {
    static let css = """
    :root{--line:#d0d4dc;--ink:#1d2330;--muted:#667085}
    *{box-sizing:border-box}
    html,body{margin:0;height:100%}
    body{display:flex;flex-direction:column;font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#fafbfc}
    header.top{padding:6px 14px;border-bottom:1px solid var(--line);background:#fff;display:flex;flex-wrap:wrap;gap:4px 14px;align-items:baseline}
    header.top h1{font-size:16px;margin:0 12px 0 0}
    .legend label{white-space:nowrap;cursor:pointer;font-size:12px}
    .legend .sw{display:inline-block;padding:0 4px;border-radius:3px}
    main{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);flex:1;min-height:0}
    .src{overflow:auto;padding:12px 16px 40vh 8px;white-space:pre-wrap;word-break:break-all;font:15px/1.9 "FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;background:#fff;border-right:1px solid var(--line)}
    .block{content-visibility:auto}
    .ln::before{content:attr(data-n);display:inline-block;width:3.2em;margin-right:.6em;text-align:right;color:#a0a7b4;font:11px/1 monospace;user-select:none}
    .side{overflow:auto;padding:10px 14px 40vh}
    .side h2{font-size:15px;margin:16px 0 6px}
    .side h3{font-size:14px;margin:12px 0 4px}
    .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px}
    .card dl{display:grid;grid-template-columns:8em 1fr;gap:2px 10px;margin:0}
    .card dt{color:var(--muted)}
    .card dd{margin:0}
    table.ledger{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
    table.ledger th,table.ledger td{border:1px solid var(--line);padding:3px 5px;vertical-align:top;text-align:left}
    table.ledger th{background:#f0f2f5;position:sticky;top:-10px}
    table.fixed{table-layout:fixed}
    .c-serial{width:2.6em}.c-number{width:6em}.c-task{width:22%}.c-lead{width:15%}.c-support{width:17%}
    .c-resp{width:11%}.c-due{width:12%}.c-start{width:8%}.c-line{width:3em}
    .doc{content-visibility:auto;contain-intrinsic-size:auto 600px}
    table.ledger tr[data-go]{cursor:pointer}
    table.ledger tr.sel td{background:#e4ecff}
    .side a{color:inherit;text-decoration:none;border-bottom:1px dotted #98a2b3}
    .side a:hover{background:#eef2ff}
    .num{font-size:12px}
    .path{word-break:keep-all;overflow-wrap:anywhere}
    .diag li{margin-bottom:4px}
    .sev{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;color:#fff;background:#1570ef}
    .sev.error{background:#d92d20}.sev.warning{background:#dc6803}
    .notes{color:var(--muted);font-size:12px}
    mark.hl{background:none;color:inherit;border-radius:2px}
    .k-task{background:#f2f6ff}
    .k-heading{font-weight:600;border-bottom:1px solid #8fb0f0}
    .k-document{background:#efe6ff;font-weight:700}
    .k-header{background:#e9ebef;border-bottom:2px solid #8a94a6}
    .k-unit.d-lead{background:#ffd8a8}
    .k-unit.d-support{background:#c8ecc9}
    .k-unit.d-responsible{background:#f9c5d1}
    .k-deadline{background:#ffe77a;border-bottom:2px solid #c79a00}
    .k-start{background:#bfeafc}
    .k-recurring{background:#ddd2ff}
    .k-citation{background:#e1f5ea;border-bottom:1px dashed #1a7f4b}
    .k-diagnostic{text-decoration:underline wavy #1570ef}
    .k-diagnostic.d-warning{text-decoration-color:#dc6803}
    .k-diagnostic.d-error{text-decoration-color:#d92d20}
    .k-label{text-decoration:underline dotted #667085}
    mark.hl.focus{outline:2px solid #2563eb;background-color:#cfe0ff}
    .hide-task .k-task,.hide-heading .k-heading,.hide-document .k-document,.hide-header .k-header,.hide-unit .k-unit,
    .hide-deadline .k-deadline,.hide-start .k-start,.hide-recurring .k-recurring,.hide-citation .k-citation{background:none;border-bottom:0;font-weight:inherit}
    .hide-diagnostic .k-diagnostic,.hide-label .k-label{text-decoration:none}
    @media print{
      html,body{height:auto;background:#fff;display:block}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      .legend input{display:none}
      main{display:flex;flex-direction:column;height:auto}
      .side{order:1;overflow:visible;padding:0 0 12px}
      .block,.doc{content-visibility:visible}
      .src{order:2;overflow:visible;padding:12px 0 0;border:0;border-top:1px solid var(--line);font-size:11pt}
      table.ledger th{position:static}
      table.ledger tr{break-inside:avoid}
      .side a{border-bottom:0}
      mark.hl.focus{outline:0}
    }
    """

    static let js = """
    (function(){
      var focused=[], row=null;
      function sel(r){ if(row) row.classList.remove('sel'); row=r; if(r) r.classList.add('sel'); }
      function go(id){
        var e=document.getElementById('v-'+id); if(!e) return;
        focused.forEach(function(x){x.classList.remove('focus')});
        focused=[e].concat(Array.prototype.slice.call(document.querySelectorAll('[data-of="'+id+'"]')));
        focused.forEach(function(x){x.classList.add('focus')});
        e.scrollIntoView({block:'center'});
        var t=e.closest('[data-kind="task"]'); var r=document.getElementById('row-'+(e.dataset.kind==='task'?id:(t?t.dataset.id:'')));
        sel(r); if(r) r.scrollIntoView({block:'nearest'});
      }
      document.addEventListener('click',function(ev){
        var a=ev.target.closest('[data-go]');
        if(a){ ev.preventDefault(); go(a.getAttribute('data-go')); return; }
        var m=ev.target.closest('.src mark.hl'); if(!m) return;
        var t=m.closest('[data-kind="task"]'); if(!t) return;
        var r=document.getElementById('row-'+t.dataset.id); if(r){ r.scrollIntoView({block:'center'}); sel(r); }
      });
      document.addEventListener('keydown',function(ev){
        if(ev.key!=='Enter') return; var a=ev.target.closest&&ev.target.closest('[data-go]');
        if(a){ ev.preventDefault(); go(a.getAttribute('data-go')); }
      });
      Array.prototype.forEach.call(document.querySelectorAll('.legend input'),function(c){
        c.addEventListener('change',function(){ document.body.classList.toggle('hide-'+c.value,!c.checked); });
      });
      if(location.hash.indexOf('#v-')===0) go(decodeURIComponent(location.hash.slice(3)));
    })();
    """
}
