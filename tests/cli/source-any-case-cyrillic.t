$ citeq -s жаңалықтар -F id,source
> id,source
> 11,ЖАҢАЛЫҚТАР
